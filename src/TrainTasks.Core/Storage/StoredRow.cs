using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace TrainTasks.Core.Storage;

/// <summary>
/// The current row of a reader over one table of the study database, read column by column
/// with each value checked against the form TrainTasks writes. A value out of that form throws
/// <see cref="StoredDataException"/> naming the table, the row (once known) and the column.
/// </summary>
internal sealed class StoredRow
{
    private const int QuotedLength = 60;

    private readonly SqliteDataReader _reader;
    private readonly string _table;
    private string? _row;

    /// <summary>Reads the current row of <paramref name="reader"/>, a query over <paramref name="table"/>.</summary>
    public StoredRow(SqliteDataReader reader, string table)
    {
        _reader = reader;
        _table = table;
    }

    /// <summary>Names the row in later messages, for example <c>trial 3</c> or <c>trial 3, epoch 2</c>.</summary>
    public void Identify(string row) => _row = row;

    /// <summary>
    /// The column's value, which must be an SQLite integer from <paramref name="min"/> to
    /// <paramref name="max"/>.
    /// </summary>
    public long Integer(string column, long min, long max) =>
        Stored(column) is long value && value >= min && value <= max
            ? value
            : throw Damage(column, $"an integer from {min} to {max}");

    /// <summary>The column's text parsed by <paramref name="parse"/>; NULL is damage.</summary>
    /// <param name="column">The column's name.</param>
    /// <param name="expected">What TrainTasks writes there, for the message.</param>
    /// <param name="parse">Turns the text into the value; throws <see cref="FormatException"/> or
    /// <see cref="JsonException"/> when the text breaks the form.</param>
    public T Parse<T>(string column, string expected, Func<string, T> parse) =>
        ParseOptional(column, expected, text => text is null ? throw new FormatException("NULL") : parse(text));

    /// <summary>The column's text, or null for NULL, parsed by <paramref name="parse"/>.</summary>
    /// <inheritdoc cref="Parse{T}" path="/param"/>
    public T ParseOptional<T>(string column, string expected, Func<string?, T> parse)
    {
        var stored = Stored(column);
        try
        {
            return parse(stored is null ? null : stored as string ?? throw new FormatException("not text"));
        }
        catch (Exception exception) when (
            exception is FormatException or JsonException or ArgumentException or OverflowException)
        {
            throw Damage(column, expected);
        }
    }

    /// <summary>The damage at <paramref name="column"/>, quoting what the row holds there.</summary>
    public StoredDataException Damage(string column, string expected)
    {
        var place = _row is null ? $"table {_table}, column {column}" : $"table {_table}, {_row}, column {column}";
        return new StoredDataException(place, expected, Describe(Stored(column)));
    }

    /// <summary>How a message shows a stored value: NULL, quoted text, a blob's size or the number.</summary>
    public static string Describe(object? stored) => stored switch
    {
        null => "NULL",
        string text => Quote(text),
        byte[] bytes => $"a blob of {bytes.Length} bytes",
        _ => Convert.ToString(stored, CultureInfo.InvariantCulture) ?? "",
    };

    private object? Stored(string column)
    {
        var ordinal = _reader.GetOrdinal(column);
        return _reader.IsDBNull(ordinal) ? null : _reader.GetValue(ordinal);
    }

    // A diagnostic is one line, so line breaks and other control characters become spaces.
    private static string Quote(string text)
    {
        var shown = text.Length > QuotedLength ? text[..QuotedLength] + "..." : text;
        return $"'{string.Concat(shown.Select(c => char.IsControl(c) ? ' ' : c))}'";
    }
}
