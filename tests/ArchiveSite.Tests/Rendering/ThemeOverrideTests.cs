using ArchiveSite.Diagnostics;

namespace ArchiveSite.Tests.Rendering;

/// <summary>A site's theme folder overrides the built-in theme file by file, in a build and in a running preview.</summary>
public class ThemeOverrideTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Given_no_theme_folder_When_built_Then_the_site_is_byte_for_byte_the_one_the_repository_theme_builds()
    {
        using var temp = new TempFolder();
        var input = RepositoryPaths.Fixture("minimal");

        var builtIn = Build(input, temp.Combine("no-such-theme"), temp.Combine("built-in"));
        var repository = Build(input, RepositoryPaths.Theme, temp.Combine("repository"));

        Assert.True(builtIn.Succeeded, string.Join('\n', builtIn.Diagnostics));
        Assert.True(repository.Succeeded, string.Join('\n', repository.Diagnostics));
        Assert.Equal(repository.Diagnostics, builtIn.Diagnostics);
        Assert.Equal(Files(temp.Combine("repository")), Files(temp.Combine("built-in")));
    }

    [Fact]
    public void Given_an_overridden_partial_When_built_Then_every_page_shows_the_override_and_the_other_files_stay_built_in()
    {
        using var temp = new TempFolder();
        var theme = temp.Combine("theme");
        WriteFooter(theme, "<footer><p class=\"ours\">Our own footer</p></footer>\n");

        var result = Build(RepositoryPaths.Fixture("minimal"), theme, temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var home = File.ReadAllText(temp.Combine("site", "index.html"));
        Assert.Contains("<p class=\"ours\">Our own footer</p>", home, StringComparison.Ordinal);
        Assert.Contains("<header", home, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(temp.Combine("site", "assets"), "site.*.css"));
    }

    [Fact]
    public void Given_an_override_with_a_liquid_syntax_error_When_built_Then_the_error_is_located_in_the_override_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var theme = temp.Combine("theme");
        var footer = WriteFooter(theme, "<footer>\n<p>fine</p>\n{% if %}\n</footer>\n");

        var result = Build(RepositoryPaths.Fixture("minimal"), theme, temp.Combine("site"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateSyntax.Id, error.Code);
        Assert.StartsWith("AS03", error.Code, StringComparison.Ordinal);
        Assert.Equal(Path.GetFullPath(footer), Path.GetFullPath(error.Location.Path));
        Assert.Equal(3, error.Location.Line);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Given_a_file_outside_the_theme_folders_When_built_Then_a_warning_names_it_and_suggests_the_folder()
    {
        using var temp = new TempFolder();
        var theme = temp.Combine("theme");
        Directory.CreateDirectory(Path.Combine(theme, "partial"));
        File.WriteAllText(Path.Combine(theme, "partial", "footer.liquid"), "<footer></footer>");

        var result = Build(RepositoryPaths.Fixture("minimal"), theme, temp.Combine("site"));

        var warning = Assert.Single(result.Diagnostics, d => d.Code.StartsWith("AS03", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.ThemeFileIgnored.Id, warning.Code);
        Assert.True(result.Succeeded);
        Assert.EndsWith("partial/footer.liquid", warning.Location.Path, StringComparison.Ordinal);
        Assert.Contains("did you mean 'partials'?", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_override_that_cannot_be_read_When_built_Then_the_error_names_it_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var theme = temp.Combine("theme");
        Directory.CreateDirectory(Path.Combine(theme, "partials"));
        var link = Path.Combine(theme, "partials", "footer.liquid");
        File.CreateSymbolicLink(link, temp.Combine("gone.liquid"));

        var result = Build(RepositoryPaths.Fixture("minimal"), theme, temp.Combine("site"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ThemeFileUnreadable.Id, error.Code);
        Assert.Equal(link, Path.GetFullPath(error.Location.Path));
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Given_a_preview_When_an_override_is_added_edited_and_deleted_Then_the_pages_follow_and_deleting_restores_the_built_in_file()
    {
        using var temp = new TempFolder();
        var theme = temp.Combine("theme");
        var output = temp.Combine("site");
        var session = new SiteSession(new BuildOptions(RepositoryPaths.Fixture("minimal"), theme, output, Search: false, Today: Today));
        Assert.True(session.Update().Succeeded);
        var home = Path.Combine(output, "index.html");
        var builtIn = File.ReadAllBytes(home);

        var footer = WriteFooter(theme, "<footer><p>Added override</p></footer>\n");
        var added = session.Update([footer]);
        var addedHome = File.ReadAllText(home);
        File.WriteAllText(footer, "<footer><p>Edited override</p></footer>\n");
        var edited = session.Update([footer]);
        var editedHome = File.ReadAllText(home);
        File.Delete(footer);
        var deleted = session.Update([footer]);

        Assert.Contains("index.html", added.Written);
        Assert.Contains("Added override", addedHome, StringComparison.Ordinal);
        Assert.Contains("index.html", edited.Written);
        Assert.Contains("Edited override", editedHome, StringComparison.Ordinal);
        Assert.Contains("index.html", deleted.Written);
        Assert.Equal(builtIn, File.ReadAllBytes(home));
    }

    [Fact]
    public void Given_a_preview_When_an_override_with_the_built_in_bytes_is_added_Then_nothing_is_rendered_again()
    {
        using var temp = new TempFolder();
        var theme = temp.Combine("theme");
        var session = new SiteSession(new BuildOptions(RepositoryPaths.Fixture("minimal"), theme, temp.Combine("site"), Search: false, Today: Today));
        Assert.True(session.Update().Succeeded);

        var footer = WriteFooter(theme, File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "partials", "footer.liquid")));
        var update = session.Update([footer]);

        Assert.True(update.Succeeded);
        Assert.Empty(update.Written);
    }

    private static string WriteFooter(string theme, string text)
    {
        var path = Path.Combine(theme, "partials", "footer.liquid");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static BuildResult Build(string input, string theme, string output) =>
        new SiteBuild(new BuildOptions(input, theme, output, Search: false, Today: Today)).Build();

    private static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
