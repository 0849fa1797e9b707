using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using FsCheck;
using FsCheck.Fluent;

namespace ArchiveSite.Tests.Robustness;

/// <summary>Property tests: any mutation of a valid input file gives diagnostics, never an exception (issue 10,
/// "one boundary around reading each input file"). Fixed seed and bounded counts, so they run in CI in seconds.</summary>
public class MutatedInputTests
{
    private static readonly string ArchiveFolder = Path.Combine(HostileCase.CorpusFolder, "archive");
    private static readonly string ValidDigest = File.ReadAllText(Path.Combine(ArchiveFolder, "digests", "2024", "base-digest.md"));
    private static readonly string EveryField = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tools", "fuzz", "seeds", "every-field.md"));

    [Fact]
    public void Given_any_mutation_of_a_valid_digest_When_read_Then_it_returns_located_diagnostics_and_never_throws()
    {
        var digests = Gen.OneOf(HostileText.Mutations(ValidDigest), HostileText.Mutations(EveryField));
        Prop.ForAll(digests.ToArbitrary(), text => ReadsCleanly(text, diagnostics =>
            DigestReader.Read(text, "digests/2024/mutated.md", "input/digests/2024/mutated.md", diagnostics) is not null)).Check(HostileText.Seeded(1500));
    }

    [Fact]
    public void Given_any_mutation_of_tags_yml_or_entities_yml_When_read_Then_it_returns_located_diagnostics_and_never_throws()
    {
        var files = Gen.OneOf(
            HostileText.Mutations(File.ReadAllText(Path.Combine(ArchiveFolder, "tags.yml"))),
            HostileText.Mutations(File.ReadAllText(Path.Combine(ArchiveFolder, "entities.yml"))));
        Prop.ForAll(files.ToArbitrary(), text =>
        {
            var diagnostics = new DiagnosticBag();
            TagReader.Read(text, "input/tags.yml", diagnostics);
            EntityReader.Read(text, "input/entities.yml", diagnostics);
            AssertLocated(diagnostics);
        }).Check(HostileText.Seeded(800));
    }

    [Fact]
    public void Given_a_mutated_digest_in_an_archive_When_checked_in_process_Then_check_returns_diagnostics_and_never_throws()
    {
        // The whole of stages 1-2 (InputReader, ArchiveBuilder), as `check` runs them; fewer cases, each is a folder.
        Prop.ForAll(HostileText.Mutations(ValidDigest).ToArbitrary(), text =>
        {
            using var temp = new TempFolder();
            var input = temp.CopyFrom(ArchiveFolder, "input");
            // As bytes with replacement: a file cannot hold a lone surrogate, and File.WriteAllText would throw on one.
            File.WriteAllBytes(Path.Combine(input, "digests", "2024", "mutated.md"), System.Text.Encoding.UTF8.GetBytes(text));
            var result = new SiteBuild(new BuildOptions(input, RepositoryPaths.Theme, temp.Combine("output"), Search: false, Today: TestArchive.Today)).Check();
            Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString()));
        }).Check(HostileText.Seeded(60));
    }

    /// <summary>Reads with <paramref name="read"/>; a file that gives no digest must say why in at least one error.</summary>
    private static void ReadsCleanly(string text, Func<DiagnosticBag, bool> read)
    {
        var diagnostics = new DiagnosticBag();
        var produced = read(diagnostics);
        AssertLocated(diagnostics);
        Assert.True(produced || diagnostics.HasErrors, "no digest and no error for:\n" + PrintedText.Escape(text));
    }

    private static void AssertLocated(DiagnosticBag diagnostics) =>
        Assert.All(diagnostics.ToSortedList(), d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, "diagnostic outside the file: " + d));
}
