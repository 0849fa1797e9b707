namespace ArchiveSite.Common;

/// <summary>A day as ISO 8601 writes it (<c>yyyy-MM-dd</c>), the form every page, feed and data file uses: written digit
/// by digit, into a string or in place, since a large archive writes hundreds of thousands of them.</summary>
internal static class IsoDate
{
    /// <summary>How many characters a day takes.</summary>
    public const int Length = 10;

    public static string Of(DateOnly date) => string.Create(Length, date, static (chars, d) => Write(chars, d));

    /// <summary>Writes <paramref name="date"/> into the first <see cref="Length"/> characters of <paramref name="into"/>.</summary>
    public static void Write(Span<char> into, DateOnly date)
    {
        Digits(into[..4], date.Year);
        into[4] = '-';
        Digits(into[5..7], date.Month);
        into[7] = '-';
        Digits(into[8..Length], date.Day);
    }

    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10)
        {
            into[i] = (char)('0' + (value % 10));
        }
    }
}
