using ArchiveSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ArchiveSite.Input;

/// <summary>Stands between YamlDotNet's parser and its representation model, checking every event as the model pulls
/// it: the YAML limits of <see cref="InputLimits"/>, keys that repeat or are not text, aliases that name nothing,
/// and control characters in any value.</summary>
/// <remarks>
/// The model shares one node for every use of an anchor, so nothing is expanded while loading; walking the result
/// (converting <c>extra</c> for templates) would be. Counting here, before the model exists, refuses a "billion
/// laughs" file or a nesting a thousand deep before anything walks it. A limit stops the parse by throwing
/// <see cref="YamlStopException"/>; the other problems are reported and the offending key or character left out, so
/// the readers still check the rest of the file.
/// </remarks>
internal sealed class CheckingParser(IParser inner, YamlPositions positions, DiagnosticBag diagnostics) : IParser
{
    private readonly List<Collection> _open = [];
    private readonly Dictionary<string, (long Size, int Depth)> _anchors = new(StringComparer.Ordinal);
    private ParsingEvent? _current;
    private long _expanded;
    private int _aliases;
    private int _documents;

    public ParsingEvent? Current => _current;

    /// <summary>The innermost '[' or '{' still open, for a syntax error that is really a missing ']' or '}'.</summary>
    public (char Bracket, Mark Start)? OpenFlow =>
        _open.LastOrDefault(c => c.Flow) is { } flow ? (flow.IsMap ? '{' : '[', flow.Start) : null;

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var next = inner.Current!;
            if (_open.Count > 0 && _open[^1] is { IsMap: true, ExpectKey: true } map && next is NodeEvent or AnchorAlias && !AcceptKey(map, next))
            {
                continue;
            }

            _current = Check(next);
            return true;
        }

        _current = null;
        return false;
    }

    /// <summary>Lets a key through, or reports it and skips it with its value.</summary>
    private bool AcceptKey(Collection map, ParsingEvent key)
    {
        if (key is not Scalar { Value: var name } || ControlCharacters.IndexOfFirst(name) >= 0)
        {
            if (key is Scalar text)
            {
                Report(DiagnosticCodes.ControlCharacter, key.Start, "key", ControlCharacters.Code(text.Value, ControlCharacters.IndexOfFirst(text.Value)));
            }
            else
            {
                Report(DiagnosticCodes.ComplexKey, key.Start);
            }

            SkipNode(key);
            SkipValue();
            return false;
        }

        if (!map.Keys.TryAdd(name, positions.At(key.Start).Line))
        {
            Report(DiagnosticCodes.DuplicateKey, key.Start, name, map.Keys[name]);
            SkipValue();
            return false;
        }

        map.Field = name;
        return true;
    }

    private ParsingEvent Check(ParsingEvent next)
    {
        switch (next)
        {
            case DocumentStart when ++_documents > 1:
                throw Stop(DiagnosticCodes.SecondDocument, next.Start);
            case Scalar scalar:
                Place(scalar, size: 1, depth: 0);
                return Printable(scalar);
            case AnchorAlias alias:
                CheckAlias(alias);
                break;
            case MappingStart or SequenceStart:
                var start = (NodeEvent)next;
                if (_open.Count + 1 > InputLimits.YamlDepth)
                {
                    throw Stop(DiagnosticCodes.YamlDepthLimit, next.Start, InputLimits.YamlDepth);
                }

                Place(start, size: 1, depth: 0);
                _open.Add(new Collection(next is MappingStart, start.Anchor.IsEmpty ? null : start.Anchor.Value, next.Start,
                    next is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow }));
                break;
            case MappingEnd or SequenceEnd:
                var done = _open[^1];
                _open.RemoveAt(_open.Count - 1);
                if (done.Anchor is { } name)
                {
                    _anchors[name] = (done.Size, done.Depth + 1);
                }

                if (_open.Count > 0)
                {
                    _open[^1].Add(done.Size, done.Depth + 1);
                }

                break;
        }

        return next;
    }

    private void CheckAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (++_aliases > InputLimits.YamlAliases)
        {
            throw Stop(DiagnosticCodes.YamlAliasLimit, alias.Start, InputLimits.YamlAliases);
        }

        if (_open.Any(c => c.Anchor == name))
        {
            // The model would make this a cycle, and walking it would never end.
            throw Stop(DiagnosticCodes.RecursiveAlias, alias.Start, name);
        }

        if (!_anchors.TryGetValue(name, out var anchored))
        {
            throw Stop(DiagnosticCodes.UnknownAlias, alias.Start, name);
        }

        if (_open.Count + anchored.Depth > InputLimits.YamlDepth)
        {
            throw Stop(DiagnosticCodes.YamlDepthLimit, alias.Start, InputLimits.YamlDepth);
        }

        // The alias stands for a copy of everything under its anchor: that is what a walk of the model visits.
        Place(alias, anchored.Size, anchored.Depth);
    }

    /// <summary>Counts a node where it stands, in its collection and in the whole expanded document.</summary>
    private void Place(ParsingEvent node, long size, int depth)
    {
        _expanded += size;
        if (_expanded > InputLimits.YamlExpandedNodes)
        {
            throw Stop(DiagnosticCodes.YamlExpansionLimit, node.Start, InputLimits.YamlExpandedNodes);
        }

        if (_open.Count > 0)
        {
            var parent = _open[^1];
            parent.ExpectKey = parent.IsMap && !parent.ExpectKey;
            if (node is not (MappingStart or SequenceStart))
            {
                parent.Add(size, depth);
            }
        }

        if (node is Scalar { Anchor.IsEmpty: false } scalar)
        {
            _anchors[scalar.Anchor.Value] = (1, 0);
        }
    }

    /// <summary>Reports a value that holds a control character, and hands the readers a copy without it.</summary>
    private Scalar Printable(Scalar scalar)
    {
        var index = ControlCharacters.IndexOfFirst(scalar.Value);
        if (index < 0)
        {
            return scalar;
        }

        Report(DiagnosticCodes.ControlCharacter, scalar.Start, Field(), ControlCharacters.Code(scalar.Value, index));
        return new Scalar(scalar.Anchor, scalar.Tag, ControlCharacters.Replace(scalar.Value), scalar.Style,
            scalar.IsPlainImplicit, scalar.IsQuotedImplicit, scalar.Start, scalar.End, scalar.IsKey);
    }

    /// <summary>The key the current value belongs to, for messages.</summary>
    private string Field() => _open.LastOrDefault(c => c.Field is not null)?.Field ?? "value";

    /// <summary>Consumes the rest of a node whose first event is <paramref name="first"/>, unchecked: it is left out of the model.</summary>
    private void SkipNode(ParsingEvent first)
    {
        for (var depth = first is MappingStart or SequenceStart ? 1 : 0; depth > 0 && inner.MoveNext();)
        {
            depth += inner.Current is MappingStart or SequenceStart ? 1 : inner.Current is MappingEnd or SequenceEnd ? -1 : 0;
        }
    }

    private void SkipValue()
    {
        if (inner.MoveNext())
        {
            SkipNode(inner.Current!);
        }
    }

    private void Report(DiagnosticCode code, Mark at, params object?[] args) => diagnostics.Add(code, positions.At(at), args);

    private YamlStopException Stop(DiagnosticCode code, Mark at, params object?[] args) => new(code.At(positions.At(at), args));

    /// <summary>One open map or list: what it holds so far, expanded.</summary>
    private sealed class Collection(bool isMap, string? anchor, Mark start, bool flow)
    {
        public bool IsMap { get; } = isMap;

        public string? Anchor { get; } = anchor;

        public Mark Start { get; } = start;

        public bool Flow { get; } = flow;

        /// <summary>True when the next node in this map is a key.</summary>
        public bool ExpectKey { get; set; } = isMap;

        /// <summary>The key the map's current value belongs to.</summary>
        public string? Field { get; set; }

        /// <summary>The keys seen so far in a map, and the file line of each.</summary>
        public Dictionary<string, int> Keys => field ??= new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>Nodes in this collection once its aliases are expanded, itself included.</summary>
        public long Size { get; private set; } = 1;

        /// <summary>How deep the collections inside it nest, aliases expanded.</summary>
        public int Depth { get; private set; }

        public void Add(long size, int depth)
        {
            Size += size;
            Depth = Math.Max(Depth, depth);
        }
    }
}
