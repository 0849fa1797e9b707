using ArchiveSite.Diagnostics;
using ArchiveSite.Output;
using ArchiveSite.Tests.Output.Faults;

namespace ArchiveSite.Tests.Output;

/// <summary>The one set of rules for what ArchiveSite may replace, write and delete (the content-folder rules are exercised through builds in <see cref="StagingFolderTests"/>).</summary>
public class OutputPolicyTests
{
    private const string Guid1 = "0123456789abcdef0123456789abcdef";
    private const string Guid2 = "fedcba9876543210fedcba9876543210";

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Given_an_empty_path_When_checked_Then_it_is_an_AS0303_error_not_an_exception(string folder)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(OutputPolicy.Check(folder, [], [], diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("AS0303", error.Code);
        Assert.Contains("is an empty path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_file_where_the_output_folder_should_be_When_checked_Then_it_is_refused()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("out"), "notes");

        Assert.Contains("is a file", OutputPolicy.Problem(temp.Combine("out"), [], []), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_link_to_a_folder_When_its_full_path_is_taken_Then_it_is_the_folder_linked_to()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("real"));
        Directory.CreateSymbolicLink(temp.Combine("link"), temp.Combine("real"));

        Assert.Equal(temp.Combine("real"), OutputPolicy.FullPath(temp.Combine("link") + "/"));
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("/etc/passwd")]
    [InlineData("digests/../../outside.html")]
    public void A_site_path_that_leaves_the_folder_is_refused(string sitePath)
    {
        using var temp = new TempFolder();

        Assert.Throws<InvalidOperationException>(() => OutputPolicy.SitePath(temp.Path, sitePath));
    }

    [Fact]
    public void Given_folders_beside_the_output_Then_only_marked_or_empty_staging_and_old_folders_of_this_output_are_leftovers()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        Folder($".out.staging-{Guid1}", marked: true, withFile: true);
        Folder($".out.old-{Guid1}", marked: true, withFile: false);
        Folder($".out.old-{Guid2}", marked: false, withFile: false); // Empty: killed between deleting the marker and the folder.
        Folder($".out.staging-{Guid2}", marked: false, withFile: true); // Someone's files: never touched.
        Folder(".out.old-not-a-guid", marked: true, withFile: true);
        Folder($".other.staging-{Guid1}", marked: true, withFile: true); // Another output's.
        Folder($".out.staging-{Guid1.ToUpperInvariant()}", marked: true, withFile: true);
        Directory.CreateSymbolicLink(temp.Combine($".out.old-{Guid1[..31]}0"), temp.Combine($".out.staging-{Guid1}"));

        var leftovers = OutputPolicy.Leftovers(output).Select(Path.GetFileName);

        Assert.Equal([$".out.old-{Guid1}", $".out.old-{Guid2}", $".out.staging-{Guid1}"], leftovers);

        void Folder(string name, bool marked, bool withFile)
        {
            Directory.CreateDirectory(temp.Combine(name));
            if (marked)
            {
                File.WriteAllText(temp.Combine(name, OutputPolicy.MarkerFile), "");
            }

            if (withFile)
            {
                File.WriteAllText(temp.Combine(name, "index.html"), "<p>x</p>");
            }
        }
    }

    [Fact]
    public void Given_a_staging_folder_whose_build_is_running_Then_it_is_not_a_leftover_until_its_marker_is_released()
    {
        using var temp = new TempFolder();
        var staging = temp.Combine($".out.staging-{Guid1}");
        Directory.CreateDirectory(staging);
        var marker = StagingMarker.Create(staging, "running\n");

        Assert.Empty(OutputPolicy.Leftovers(temp.Combine("out")));
        marker.Dispose();
        Assert.Equal([staging], OutputPolicy.Leftovers(temp.Combine("out")));
    }

    [Fact]
    public void Given_a_read_only_output_folder_When_checked_for_a_build_or_a_preview_Then_it_is_an_AS0321_error_naming_it()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        Directory.CreateDirectory(output);
        Assert.SkipUnless(OperatingSystem.IsLinux(), "only Linux is asked in advance; elsewhere the first failed write reports AS0321");
        var build = new DiagnosticBag();
        var preview = new DiagnosticBag();

        using (ReadOnlyFolder.Make(output))
        {
            Assert.Null(OutputPolicy.Check(output, [], [], build));
            Assert.Null(OutputPolicy.Check(output, [], [], preview, inPlace: true));
        }

        Assert.All([build, preview], bag => Assert.Equal("AS0321", Assert.Single(bag.ToSortedList()).Code));
        Assert.Contains(output, build.ToSortedList()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_read_only_folder_around_the_output_Then_a_build_is_refused_but_a_preview_inside_the_output_is_not()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site", "out");
        Directory.CreateDirectory(output);
        Assert.SkipUnless(OperatingSystem.IsLinux(), "only Linux is asked in advance");
        var build = new DiagnosticBag();
        var preview = new DiagnosticBag();

        using (ReadOnlyFolder.Make(temp.Combine("site")))
        {
            Assert.Null(OutputPolicy.Check(output, [], [], build));
            Assert.Equal(output, OutputPolicy.Check(output, [], [], preview, inPlace: true));
        }

        Assert.Equal("AS0321", Assert.Single(build.ToSortedList()).Code);
        Assert.Equal(0, preview.Count);
    }
}
