using System.Globalization;
using ArchiveSite.Rendering;
using FsCheck;
using FsCheck.Fluent;

namespace ArchiveSite.Tests.Rendering;

/// <summary>Pages, feeds and data write days as ISO 8601 through one hand-written formatter: it must agree with .NET's.</summary>
public sealed class IsoDateTests
{
    [Fact]
    public void Any_day_from_year_1_to_9999_is_written_as_yyyy_MM_dd_writes_it()
    {
        var days = Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);
        Prop.ForAll(days.ToArbitrary(), day => SiteViews.Iso(day) == day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Check(Robustness.HostileText.Seeded(5000));
    }

    [Theory]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(2024, 11, 26, "2024-11-26")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void The_edges_and_an_ordinary_day(int year, int month, int day, string expected) =>
        Assert.Equal(expected, SiteViews.Iso(new DateOnly(year, month, day)));
}
