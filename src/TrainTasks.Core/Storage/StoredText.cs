using System.Globalization;

namespace TrainTasks.Core.Storage;

/// <summary>
/// Text forms of values kept in database columns: times as ISO 8601 UTC with seven decimals, and
/// doubles in round-trip form, so NaN, infinities and <c>-0</c> survive, which SQLite's REAL
/// column does not promise.
/// </summary>
internal static class StoredText
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Formats a time as ISO 8601 in UTC.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses a time written by <see cref="FormatTime"/>.</summary>
    public static DateTimeOffset ParseTime(string text) =>
        new(DateTime.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal
            | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    /// <summary>Formats a double so that parsing gives the same bits back.</summary>
    public static string FormatDouble(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parses a double written by <see cref="FormatDouble"/>.</summary>
    public static double ParseDouble(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
