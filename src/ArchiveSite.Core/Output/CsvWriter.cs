using System.Buffers;
using System.Globalization;
using System.Text;
using ArchiveSite.Common;

namespace ArchiveSite.Output;

/// <summary>Writes one CSV table as RFC 4180 (CRLF, quoted where needed, UTF-8 without a byte-order mark) straight into
/// UTF-8 bytes: a cell is gathered in one reused buffer and encoded once it ends, so no string is made per cell.</summary>
/// <remarks>A table is hundreds of thousands of cells; a string per cell, a quoting test that made an array per cell
/// and an array per row were most of the write stage's allocation (86 MB of the 180 MB of a cached rebuild).</remarks>
internal sealed class CsvWriter(Stream stream) : IDisposable
{
    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\r\n");
    private static readonly UTF8Encoding Utf8 = new(false);
    private byte[] _bytes = new byte[1 << 15];
    private int _written;
    private char[] _cell = new char[512];
    private int _length;
    private bool _inRow;

    /// <summary>Adds <paramref name="text"/> to the current cell.</summary>
    public CsvWriter Text(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_cell.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    /// <summary>Adds a date to the current cell, as YYYY-MM-DD.</summary>
    public CsvWriter Date(DateOnly date)
    {
        Reserve(IsoDate.Length);
        IsoDate.Write(_cell.AsSpan(_length), date);
        _length += IsoDate.Length;
        return this;
    }

    /// <summary>Adds a whole number to the current cell.</summary>
    public CsvWriter Number(int number)
    {
        Reserve(11);
        number.TryFormat(_cell.AsSpan(_length), out var count, provider: CultureInfo.InvariantCulture);
        _length += count;
        return this;
    }

    /// <summary>Adds <paramref name="items"/> to the current cell, <paramref name="separator"/> between them.</summary>
    public CsvWriter Join(string separator, IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                Text(separator);
            }

            Text(item);
            first = false;
        }

        return this;
    }

    /// <summary>Ends the current cell: it is quoted if it must be, and a leading = + - @ (which a spreadsheet would run
    /// as a formula) is defused with an apostrophe.</summary>
    public void EndCell()
    {
        if (_inRow)
        {
            Byte((byte)',');
        }

        _inRow = true;
        ReadOnlySpan<char> value = _cell.AsSpan(0, _length);
        _length = 0;
        var defused = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var quoted = value.ContainsAny(NeedQuotes);
        if (quoted)
        {
            Byte((byte)'"');
        }

        if (defused)
        {
            Byte((byte)'\'');
        }

        if (!quoted)
        {
            Encode(value);
            return;
        }

        // Each quote inside a quoted cell is doubled.
        for (var quote = value.IndexOf('"'); quote >= 0; quote = value.IndexOf('"'))
        {
            Encode(value[..(quote + 1)]);
            Byte((byte)'"');
            value = value[(quote + 1)..];
        }

        Encode(value);
        Byte((byte)'"');
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        Byte((byte)'\r');
        Byte((byte)'\n');
        _inRow = false;
    }

    /// <summary>Writes what is pending into the stream.</summary>
    public void Dispose()
    {
        stream.Write(_bytes, 0, _written);
        _written = 0;
    }

    private void Reserve(int chars)
    {
        if (_length + chars > _cell.Length)
        {
            Array.Resize(ref _cell, Math.Max(_cell.Length * 2, _length + chars));
        }
    }

    private void Byte(byte value)
    {
        if (_written == _bytes.Length)
        {
            Spill(1);
        }

        _bytes[_written++] = value;
    }

    private void Encode(ReadOnlySpan<char> chars)
    {
        var most = Utf8.GetMaxByteCount(chars.Length);
        if (_written + most > _bytes.Length)
        {
            Spill(most);
        }

        _written += Utf8.GetBytes(chars, _bytes.AsSpan(_written));
    }

    // Writes the buffer out; a cell longer than the whole buffer grows it.
    private void Spill(int wanted)
    {
        stream.Write(_bytes, 0, _written);
        _written = 0;
        if (wanted > _bytes.Length)
        {
            _bytes = new byte[wanted];
        }
    }
}
