using System.Globalization;
using System.Text;
using System.Text.Json;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests;

/// <summary>A preview edited field by field ends byte for byte where a full build of the same input ends, for every
/// front-matter key the schema declares: the edits are generated from <see cref="DigestSchema"/>, not listed by hand,
/// so a key added to the schema is edited here the day it exists (or the test says which kind of value it lacks).</summary>
public class SiteSessionFieldEditTests
{
    [Fact]
    public void Given_a_session_When_each_schema_field_of_a_digest_is_edited_Then_the_folder_matches_a_full_build_byte_for_byte()
    {
        using var archive = new TestArchive();
        var model = archive.Model();
        // A digest no other digest names as related, so that turning it into a draft leaves a valid archive.
        var file = archive.Digests.First(f => model.Find(TestArchive.Slug(f)) is { Related.Count: > 0, Entities.Count: > 0 } d
            && !model.Digests.Any(o => o.Related.Contains(d.Slug)));
        var original = model.Find(TestArchive.Slug(file))!;
        // Two story lines of the probe's own, so that a story edit moves the digest from one timeline to another.
        var stories = Path.Combine(archive.Input, InputReader.StoriesFile);
        File.AppendAllText(stories, Probe.Stories);
        var probe = new Probe(model, original, File.ReadAllText(file));
        File.WriteAllText(file, probe.Render());
        var session = new SiteSession(archive.Options());
        var first = session.Update();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        var edits = DigestSchema.Fields.Where(f => f.Key != DigestSchema.Sources.Key).Select(f => (f.Key, (FieldSpec?)null))
            .Concat(DigestSchema.SourceFields.Select(f => (DigestSchema.Sources.Key, (FieldSpec?)f)))
            .OrderBy(e => e.Key == DigestSchema.Draft.Key) // Last: a draft's later edits would not show.
            .ToList();
        foreach (var (key, sourceField) in edits)
        {
            var name = sourceField is null ? key : $"{key}/{sourceField.Key}";
            probe.Edit(key, sourceField);
            File.WriteAllText(file, probe.Render());
            var update = session.Update([file]);

            Assert.True(update.Succeeded, $"{name}: {string.Join("\n", update.Diagnostics)}");
            Assert.NotEmpty(update.Changed);
            var full = archive.Combine("full-" + name.Replace('/', '-'));
            var build = new SiteBuild(archive.Options(full)).Build();
            Assert.True(build.Succeeded, $"{name}: {string.Join("\n", build.Diagnostics)}");
            SiteFolders.AssertSame(full, archive.Output);
        }
    }

    /// <summary>A digest's front matter as values, written back as YAML, with one generated edit per schema key.</summary>
    private sealed class Probe
    {
        private readonly Archive _archive;
        private readonly string _body;
        private readonly string _slug;
        private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _source = new(StringComparer.Ordinal);
        private readonly List<Source> _otherSources; // Written as they are, so the digest keeps the sources the editorial rules ask for.
        private readonly List<string> _tags;
        private readonly List<string> _entities;
        private DateOnly _date;
        private DateOnly _updated;
        private bool _draft;
        private string _related;
        private string _story = "probe-story-one";
        private string _correction = "The first version gave the wrong month.";
        private string _extra = "{note: \"a value the theme receives untouched\"}";
        private string _externalIds = "{aiid: 101}";
        private string _language = "fr";

        public Probe(Archive archive, Digest digest, string text)
        {
            _archive = archive;
            _slug = digest.Slug;
            _body = text[(text.IndexOf("\n---", 4, StringComparison.Ordinal) + 4)..];
            _fields[DigestSchema.Title.Key] = digest.Title;
            _fields[DigestSchema.Summary.Key] = digest.Summary;
            _date = digest.Date;
            _updated = digest.Date.AddDays(10);
            _tags = [.. digest.Tags];
            _entities = [.. digest.Entities];
            _related = digest.Related[0];
            var source = digest.Sources[0];
            _otherSources = [.. digest.Sources.Skip(1)];
            _source[DigestSchema.SourceOutlet.Key] = source.Outlet;
            _source[DigestSchema.SourceTitle.Key] = source.Title;
            _source[DigestSchema.SourceAuthor.Key] = source.Author ?? "A Reporter";
            _source[DigestSchema.SourcePublished.Key] = Iso(source.Published);
            _source[DigestSchema.SourceUrl.Key] = source.Url?.AbsoluteUri ?? "https://news.example.org/a-report";
            _source[DigestSchema.SourceArchived.Key] = source.Archived?.AbsoluteUri ?? "https://web.archive.org/web/2024/https://news.example.org/a-report";
        }

        public const string Stories = "\nprobe-story-one:\n  title: The first probe story\n  description: A story line the test moves a digest out of.\n"
            + "probe-story-two:\n  title: The second probe story\n  description: A story line the test moves a digest into.\n";

        /// <summary>Changes one key to another valid value, chosen by the kind of value the schema says it holds.</summary>
        public void Edit(string key, FieldSpec? sourceField)
        {
            var field = sourceField ?? DigestSchema.Fields.Single(f => f.Key == key);
            if (sourceField is not null)
            {
                _source[field.Key] = Edited(field, _source[field.Key]);
                return;
            }

            switch (field.Kind)
            {
                case "text":
                    _fields[key] = Edited(field, _fields[key]);
                    break;
                case "date" when key == DigestSchema.Date.Key:
                    _date = _date.AddDays(-1);
                    break;
                case "date":
                    _updated = _updated.AddDays(1);
                    break;
                case "list of theme keys":
                    _tags[^1] = _archive.Tags.Select(t => t.Key).First(k => !_tags.Contains(k));
                    break;
                case "list of names":
                    _entities.Add("An Organisation Added By The Test");
                    break;
                case "list of slugs":
                    _related = _archive.Digests.Select(d => d.Slug).First(s => s != _related && s != _slug);
                    break;
                case "story key":
                    _story = "probe-story-two";
                    break;
                case "list of corrections":
                    _correction += " (edited)";
                    break;
                case "true/false":
                    _draft = !_draft;
                    break;
                case "map of database IDs":
                    _externalIds = "{oecd_aim: \"https://oecd.ai/en/incidents/2024-11-26-ab12\", aiid: 102, aiaaic: AIAAIC1471}";
                    break;
                case "language code":
                    _language = "pt-BR"; // From a language of its own to another: its article's lang, its card's and its data change.
                    break;
                case "map":
                    _extra = "{note: \"a value edited by the test\", more: [1, 2]}";
                    break;
                default:
                    throw new InvalidOperationException($"no generated edit for the kind '{field.Kind}' of '{key}': add one here");
            }
        }

        public string Render()
        {
            var yaml = new StringBuilder("---\n");
            yaml.Append($"title: {Quote(_fields[DigestSchema.Title.Key])}\n");
            yaml.Append($"date: {Iso(_date)}\n");
            yaml.Append($"summary: {Quote(_fields[DigestSchema.Summary.Key])}\n");
            yaml.Append($"tags: [{string.Join(", ", _tags)}]\n");
            yaml.Append($"entities: [{string.Join(", ", _entities.Select(Quote))}]\n");
            yaml.Append("sources:\n");
            var first = true;
            foreach (var (key, value) in _source)
            {
                var isDate = key == DigestSchema.SourcePublished.Key;
                yaml.Append(first ? "  - " : "    ").Append(key).Append(": ").Append(isDate ? value : Quote(value)).Append('\n');
                first = false;
            }

            foreach (var other in _otherSources)
            {
                yaml.Append($"  - outlet: {Quote(other.Outlet)}\n    title: {Quote(other.Title)}\n    published: {Iso(other.Published)}\n");
                yaml.Append(other.Author is null ? "" : $"    author: {Quote(other.Author)}\n");
                yaml.Append(other.Url is null ? "" : $"    url: {Quote(other.Url.OriginalString)}\n");
                yaml.Append(other.Archived is null ? "" : $"    archived: {Quote(other.Archived.OriginalString)}\n");
            }

            yaml.Append($"related: [{_related}]\n");
            yaml.Append($"story: {_story}\n");
            yaml.Append($"corrections:\n  - date: {Iso(_date.AddDays(1))}\n    note: {Quote(_correction)}\n");
            yaml.Append($"external_ids: {_externalIds}\n");
            yaml.Append($"language: {_language}\n");
            yaml.Append($"updated: {Iso(_updated)}\n");
            yaml.Append($"draft: {(_draft ? "true" : "false")}\n");
            yaml.Append($"extra: {_extra}\n");
            return yaml.Append("---").Append(_body).ToString();
        }

        private static string Edited(FieldSpec field, string value) => field.Kind switch
        {
            "text" => (value.Length > 150 ? value[..140] : value) + " (edited)",
            "date" => Iso(DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1)),
            "http(s) URL" => value.TrimEnd('/') + "/edited",
            _ => throw new InvalidOperationException($"no generated edit for the kind '{field.Kind}' of sources/{field.Key}: add one here"),
        };

        // YAML's double-quoted scalars accept JSON's string escapes.
        private static string Quote(string text) => JsonSerializer.Serialize(text);

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
