using ArchiveSite.Common;

namespace ArchiveSite.Tests.Input;

public class SafeUrlTests
{
    [Theory]
    [InlineData("https://example.com/a")]
    [InlineData("http://example.com")]
    [InlineData("mailto:editor@example.com")]
    [InlineData("/repo/tags/labor/")]
    [InlineData("../other/")]
    [InlineData("#footnote-1")]
    [InlineData("page.html?x=1:2")]
    [InlineData("a-relative-page-named-at-length")]
    public void Web_mail_and_relative_links_are_safe(string url) => Assert.True(SafeUrl.IsSafeLink(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" java\tscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    [InlineData("a-scheme-longer-than-sixteen-letters:alert(1)")]
    public void Scheme_links_that_can_run_script_or_read_files_are_not(string url) => Assert.False(SafeUrl.IsSafeLink(url));

    [Theory]
    [InlineData("https://example.com/a", true)]
    [InlineData("ftp://example.com/a", false)]
    [InlineData("/relative", false)]
    [InlineData("https://", false)]
    public void Source_urls_must_be_absolute_http(string url, bool expected) => Assert.Equal(expected, SafeUrl.IsWebUrl(url, out _));

    [Theory]
    [InlineData("https://news.example.net/a", true)]
    [InlineData("HTTP://news.example.net/", true)]
    [InlineData("//news.example.net/", true)]
    [InlineData("/\\news.example.net/", true)]
    [InlineData("/repo/tags/labor/", false)]
    [InlineData("../other/", false)]
    [InlineData("#sources", false)]
    [InlineData("mailto:editor@example.com", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Absolute_and_scheme_relative_web_links_leave_the_site(string url, bool expected) => Assert.Equal(expected, SafeUrl.LeavesSite(url));
}
