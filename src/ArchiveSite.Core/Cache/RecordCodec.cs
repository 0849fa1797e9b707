using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Cache;

/// <summary>Writes the model's records as compact bytes and reads them back: the form <see cref="ParsedInputs"/> keeps the
/// parsed input in, read by the next build in a fraction of the time JSON took.</summary>
/// <remarks>
/// The records are stored as they are, member by member, as a serialiser does: a record's public constructor (the one
/// with the most parameters) gets its arguments in order, then every public property with a setter (<c>init</c>) that
/// the constructor does not take, in declaration order; computed members are left out and computed again. So a member
/// added to <see cref="Digest"/> is stored the moment it exists, with no list to keep. Strings are UTF-8 with their
/// length, lists their count, and a value that may be null a byte first. Four kinds of value have a form of their own
/// here: a digest's free-form <c>extra</c> map (strings, lists and maps, as YAML gave them), field locations, an external
/// identifier (by its scheme's key) and a body (<see cref="Utf8Html"/>, its text). A type this cannot store fails the
/// save loudly (<see cref="NotSupportedException"/>); bytes that do not read as the type expects are
/// <see cref="InvalidDataException"/>, and the cache is then ignored. Which build of the tool wrote the bytes is checked
/// before they are read (<see cref="BuildCache.Tool"/>), so the layout never has to be versioned here.
/// Each type's reader and writer is one compiled expression over its members (made once per type), so a build that reads
/// 10,000 digests back neither boxes their dates nor goes through an array of arguments per record: that, and a copy of
/// every body, was most of what reading the cache cost. Bodies come back as slices of the bytes read, and field
/// locations are decoded when first asked for (<see cref="CodecInput.Locations"/>).
/// </remarks>
internal static class RecordCodec
{
    // Made once per type however many threads ask at once (the shards are read side by side): compiling is the costly part.
    private static readonly ConcurrentDictionary<Type, Lazy<Delegate>> Readers = new();
    private static readonly ConcurrentDictionary<Type, Lazy<Delegate>> Writers = new();

    [ThreadStatic]
    private static HashSet<Type>? Open; // The records whose expressions are being made on this thread.

    /// <summary>Writes <paramref name="value"/> (null allowed where the type allows it).</summary>
    public static void Write<T>(CodecOutput output, T value) => WriterOf<T>()(output, value);

    /// <summary>Reads a value of <typeparamref name="T"/> (null where it was written null).</summary>
    public static T Read<T>(CodecInput input) => ReaderOf<T>()(input);

    private static Func<CodecInput, T> ReaderOf<T>() =>
        (Func<CodecInput, T>)(Readers.TryGetValue(typeof(T), out var made) ? made : Readers.GetOrAdd(typeof(T), _ => new(MakeReader<T>))).Value;

    private static Action<CodecOutput, T> WriterOf<T>() =>
        (Action<CodecOutput, T>)(Writers.TryGetValue(typeof(T), out var made) ? made : Writers.GetOrAdd(typeof(T), _ => new(MakeWriter<T>))).Value;

    private static Func<CodecInput, T> MakeReader<T>()
    {
        var input = Expression.Parameter(typeof(CodecInput), "input");
        return Expression.Lambda<Func<CodecInput, T>>(ReadSlot(typeof(T), input), input).Compile();
    }

    private static Action<CodecOutput, T> MakeWriter<T>()
    {
        var output = Expression.Parameter(typeof(CodecOutput), "output");
        var value = Expression.Parameter(typeof(T), "value");
        return Expression.Lambda<Action<CodecOutput, T>>(WriteSlot(typeof(T), output, value), output, value).Compile();
    }

    /// <summary>A value of a declared type: behind a null marker when it is a reference or a <see cref="Nullable{T}"/>.</summary>
    private static Expression ReadSlot(Type type, ParameterExpression input)
    {
        var present = Expression.Call(input, nameof(CodecInput.Present), Type.EmptyTypes);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Expression.Condition(present, Expression.Convert(ReadForm(underlying, input), type), Expression.Default(type));
        }

        return type.IsValueType ? ReadForm(type, input) : Expression.Condition(present, ReadForm(type, input), Expression.Default(type), type);
    }

    private static Expression WriteSlot(Type type, ParameterExpression output, Expression value)
    {
        Expression Marker(byte marker) => Expression.Call(output, nameof(CodecOutput.Byte), Type.EmptyTypes, Expression.Constant(marker));
        if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)
        {
            var held = Expression.Variable(type, "held");
            var inner = Nullable.GetUnderlyingType(type) is { } underlying ? Expression.Property(held, "Value") : (Expression)held;
            return Expression.Block(
                [held],
                Expression.Assign(held, value),
                Expression.IfThenElse(
                    Nullable.GetUnderlyingType(type) is not null ? Expression.Property(held, "HasValue") : Expression.NotEqual(held, Expression.Constant(null, type)),
                    Expression.Block(Marker(1), WriteForm(inner.Type, output, inner)),
                    Marker(0)));
        }

        return WriteForm(type, output, value);
    }

    /// <summary>How a value known not to be null is read.</summary>
    private static Expression ReadForm(Type type, ParameterExpression input)
    {
        Expression Call(string method) => Expression.Call(input, method, Type.EmptyTypes);
        Expression Helper(string method) => Expression.Call(typeof(RecordCodec).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!, input);
        return type switch
        {
            _ when type == typeof(string) => Call(nameof(CodecInput.String)),
            _ when type == typeof(int) => Call(nameof(CodecInput.Int)),
            _ when type == typeof(bool) => Call(nameof(CodecInput.Bool)),
            _ when type == typeof(DateOnly) => Expression.Call(typeof(DateOnly).GetMethod(nameof(DateOnly.FromDayNumber))!, Call(nameof(CodecInput.Int))),
            _ when type == typeof(Uri) => Helper(nameof(ReadUri)),
            _ when type == typeof(Utf8Html) => Helper(nameof(ReadHtml)),
            _ when type == typeof(FieldLocations) => Call(nameof(CodecInput.Locations)),
            _ when type == typeof(ExternalId) => Helper(nameof(ReadExternalId)),
            _ when type == typeof(IReadOnlyDictionary<string, object?>) => Helper(nameof(ReadExtraMap)),
            _ when ItemOf(type) is { } item => Expression.Convert(
                Expression.Call(typeof(RecordCodec).GetMethod(nameof(ReadList), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(item), input, Expression.Constant(ItemReader(item))),
                type),
            _ when IsRecord(type) => ReadRecord(type, input),
            _ => throw new NotSupportedException($"the parsed input holds a {type.FullName}, which the cache cannot store"),
        };
    }

    private static Expression WriteForm(Type type, ParameterExpression output, Expression value)
    {
        Expression Call(string method, Expression argument) => Expression.Call(output, method, Type.EmptyTypes, argument);
        Expression Helper(string method) => Expression.Call(typeof(RecordCodec).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!, output, value);
        return type switch
        {
            _ when type == typeof(string) => Call(nameof(CodecOutput.String), value),
            _ when type == typeof(int) => Call(nameof(CodecOutput.Int), value),
            _ when type == typeof(bool) => Call(nameof(CodecOutput.Bool), value),
            _ when type == typeof(DateOnly) => Call(nameof(CodecOutput.Int), Expression.Property(value, nameof(DateOnly.DayNumber))),
            _ when type == typeof(Uri) => Helper(nameof(WriteUri)),
            _ when type == typeof(Utf8Html) => Helper(nameof(WriteHtml)),
            _ when type == typeof(FieldLocations) => Helper(nameof(WriteLocations)),
            _ when type == typeof(ExternalId) => Helper(nameof(WriteExternalId)),
            _ when type == typeof(IReadOnlyDictionary<string, object?>) => Helper(nameof(WriteExtraMap)),
            _ when ItemOf(type) is { } item => Expression.Call(
                typeof(RecordCodec).GetMethod(nameof(WriteList), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(item),
                output, Expression.Convert(value, typeof(IEnumerable<>).MakeGenericType(item)), Expression.Constant(ItemWriter(item))),
            _ when IsRecord(type) => WriteRecord(type, output, value),
            _ => throw new NotSupportedException($"the parsed input holds a {type.FullName}, which the cache cannot store"),
        };
    }

    // Items are read and written by a delegate of their own, so that a record's expression stays the size of its members.
    private static Delegate ItemReader(Type item) => Made(nameof(ReaderOf), item);

    private static Delegate ItemWriter(Type item) => Made(nameof(WriterOf), item);

    private static Delegate Made(string maker, Type item)
    {
        if (Open?.Contains(item) == true)
        {
            throw new NotSupportedException($"{item.FullName} holds a list of itself, which the cache cannot store");
        }

        try
        {
            return (Delegate)typeof(RecordCodec).GetMethod(maker, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(item).Invoke(null, null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner); // The maker's own exception, not reflection's wrapper.
            throw;
        }
    }

    private static Type? ItemOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var generic
        && (generic == typeof(IReadOnlyList<>) || generic == typeof(List<>) || generic == typeof(IList<>) || generic == typeof(IReadOnlyCollection<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static bool IsRecord(Type type) => !type.IsValueType && !type.IsAbstract && !type.IsInterface && type.IsSealed;

    /// <summary>A record's members in the order they are stored: its constructor's arguments, then its other settable properties.</summary>
    private static (ConstructorInfo Constructor, List<PropertyInfo> FromConstructor, List<PropertyInfo> Settable) MembersOf(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new NotSupportedException($"{type.FullName} has no public constructor");
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        PropertyInfo PropertyOf(ParameterInfo parameter) =>
            properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && p.PropertyType == parameter.ParameterType)
            ?? throw new NotSupportedException($"{type.FullName}'s constructor takes {parameter.Name}, which no property gives back");
        var fromConstructor = constructor.GetParameters().Select(PropertyOf).ToList();
        var settable = properties
            .Where(p => p.SetMethod is { IsPublic: true } && !fromConstructor.Contains(p))
            .OrderBy(p => p.MetadataToken)
            .ToList();
        return (constructor, fromConstructor, settable);
    }

    // Arguments and bindings are evaluated in order, which is the order the members were written in.
    private static Expression ReadRecord(Type type, ParameterExpression input) => Within(type, () =>
    {
        var (constructor, fromConstructor, settable) = MembersOf(type);
        return Expression.MemberInit(
            Expression.New(constructor, fromConstructor.Select(p => ReadSlot(p.PropertyType, input))),
            settable.Select(p => (MemberBinding)Expression.Bind(p, ReadSlot(p.PropertyType, input))));
    });

    private static Expression WriteRecord(Type type, ParameterExpression output, Expression value) => Within(type, () =>
    {
        var (_, fromConstructor, settable) = MembersOf(type);
        var members = fromConstructor.Concat(settable).Select(p => WriteSlot(p.PropertyType, output, Expression.Property(value, p))).ToList();
        return members.Count == 0 ? Expression.Empty() : Expression.Block(members);
    });

    // A record that holds itself, however deep, has no finite form here: refused, as any type the cache cannot store.
    private static Expression Within(Type type, Func<Expression> make)
    {
        var open = Open ??= [];
        if (!open.Add(type))
        {
            throw new NotSupportedException($"{type.FullName} holds itself, which the cache cannot store");
        }

        try
        {
            return make();
        }
        finally
        {
            open.Remove(type);
        }
    }

    /// <summary>A list as its count and items; read back as a <see cref="List{T}"/>, as a serialiser gives it.</summary>
    private static List<T> ReadList<T>(CodecInput input, Func<CodecInput, T> item)
    {
        var count = input.Count();
        var list = new List<T>(count);
        for (var n = 0; n < count; n++)
        {
            list.Add(item(input));
        }

        return list;
    }

    private static void WriteList<T>(CodecOutput output, IEnumerable<T> items, Action<CodecOutput, T> item)
    {
        var list = items as IReadOnlyCollection<T> ?? [.. items];
        output.Int(list.Count);
        foreach (var x in list)
        {
            item(output, x);
        }
    }

    // As a serialiser keeps it: the text it was made from.
    private static Uri ReadUri(CodecInput input) => new(input.String(), UriKind.RelativeOrAbsolute);

    private static void WriteUri(CodecOutput output, Uri value) => output.String(value.OriginalString);

    // A slice of the bytes read, not a copy: the cache's files are read into arrays of their own, never written again.
    // A body and its SHA-256 (what a page's fingerprint holds of it), so that a resumed build need not hash every body
    // again; the file they are in is checked against the manifest's hash before anything is read from it.
    private static Utf8Html ReadHtml(CodecInput input)
    {
        var bytes = input.Memory();
        var hash = input.Memory();
        return hash.Length == SHA256.HashSizeInBytes ? Utf8Html.InMemory(bytes, hash.ToArray()) : throw new InvalidDataException("a body's hash is not 32 bytes");
    }

    private static void WriteHtml(CodecOutput output, Utf8Html value)
    {
        output.Bytes(value.ToArray());
        output.Bytes(value.ContentHash);
    }

    private static ExternalId ReadExternalId(CodecInput input) =>
        ExternalIdSchemes.Find(input.String()) is { } scheme ? new ExternalId(scheme, input.String()) : throw new InvalidDataException("an external identifier of an unknown scheme");

    private static void WriteExternalId(CodecOutput output, ExternalId value)
    {
        output.String(value.Scheme.Key);
        output.String(value.Value);
    }

    /// <summary>Field locations: the file path, then per key its name, line, column and path (null where it is the file's own).</summary>
    private static void WriteLocations(CodecOutput output, FieldLocations locations)
    {
        output.String(locations.Path);
        if (locations.All is StoredLocations stored && stored.Path == locations.Path)
        {
            output.Copy(stored.Encoded); // Read from the cache and never asked for: as it was read.
            return;
        }

        output.Int(locations.All.Count);
        foreach (var (key, location) in locations.All)
        {
            output.String(key);
            output.Int(location.Line);
            output.Int(location.Column);
            WriteSlot(output, location.Path == locations.Path ? null : location.Path);
        }
    }

    private static void WriteSlot(CodecOutput output, string? value)
    {
        output.Byte(value is null ? (byte)0 : (byte)1);
        if (value is not null)
        {
            output.String(value);
        }
    }

    /// <summary>The keys' locations as written by <see cref="WriteLocations"/>, decoded in full.</summary>
    internal static Dictionary<string, SourceLocation> ReadLocations(CodecInput input, string path)
    {
        var count = input.Count();
        var keys = new Dictionary<string, SourceLocation>(count, StringComparer.Ordinal);
        for (var n = 0; n < count; n++)
        {
            var key = input.String();
            var (line, column) = (input.Int(), input.Int());
            keys[key] = new SourceLocation(input.Present() ? input.String() : path, line, column);
        }

        return keys;
    }

    private static IReadOnlyDictionary<string, object?> ReadExtraMap(CodecInput input) => ReadExtra(input) as Dictionary<string, object?> ?? throw new InvalidDataException("extra is not a map");

    private static void WriteExtraMap(CodecOutput output, IReadOnlyDictionary<string, object?> value) => WriteExtra(output, value);

    /// <summary>A digest's <c>extra</c>: strings (or null) in lists and maps, exactly the shapes <c>YamlFields.Plain</c> makes.</summary>
    private static void WriteExtra(CodecOutput output, object? value)
    {
        switch (value)
        {
            case null:
                output.Byte(0);
                break;
            case string text:
                output.Byte(1);
                output.String(text);
                break;
            case IReadOnlyDictionary<string, object?> map:
                output.Byte(3);
                output.Int(map.Count);
                foreach (var (key, item) in map)
                {
                    output.String(key);
                    WriteExtra(output, item);
                }

                break;
            case IReadOnlyCollection<object?> list:
                output.Byte(2);
                output.Int(list.Count);
                foreach (var item in list)
                {
                    WriteExtra(output, item);
                }

                break;
            default:
                // Nothing else comes out of YAML; refusing it keeps a value from coming back as another type.
                throw new NotSupportedException($"extra holds a {value.GetType().Name}");
        }
    }

    private static object? ReadExtra(CodecInput input)
    {
        switch (input.Byte())
        {
            case 0:
                return null;
            case 1:
                return input.String();
            case 2:
                var count = input.Count();
                var list = new List<object?>(count);
                for (var n = 0; n < count; n++)
                {
                    list.Add(ReadExtra(input));
                }

                return list;
            case 3:
                var entries = input.Count();
                var map = new Dictionary<string, object?>(entries, StringComparer.Ordinal);
                for (var n = 0; n < entries; n++)
                {
                    var key = input.String();
                    map[key] = ReadExtra(input);
                }

                return map;
            case var other:
                throw new InvalidDataException($"extra holds a value of kind {other}");
        }
    }
}
