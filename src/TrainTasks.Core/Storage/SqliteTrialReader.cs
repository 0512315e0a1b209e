using Microsoft.Data.Sqlite;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Storage;

/// <summary>
/// Reads trial and epoch rows of the SQLite study database back into records, checking every
/// value against the form <see cref="SqliteStudyStorage"/> writes; a value out of that form
/// throws <see cref="StoredDataException"/>.
/// </summary>
internal static class SqliteTrialReader
{
    private const string MetricsForm = "a JSON object of metric names and numbers";
    private const string TimeForm = "an ISO 8601 UTC time such as 2024-05-06T07:08:09.0000000Z";

    private static readonly string s_stateForm = $"one of {string.Join(", ", Enum.GetNames<TrialState>())}";

    /// <summary>Reads epoch rows (trial number, epoch, metrics), grouped by trial in epoch order.</summary>
    public static Dictionary<int, List<EpochRecord>> ReadEpochs(SqliteCommand command)
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            var epochs = new Dictionary<int, List<EpochRecord>>();
            while (reader.Read())
            {
                var (trialNumber, record) = ReadEpoch(new StoredRow(reader, "epochs"));
                if (!epochs.TryGetValue(trialNumber, out var list))
                {
                    epochs[trialNumber] = list = [];
                }

                list.Add(record);
            }

            return epochs;
        }
    }

    /// <summary>Reads trial rows (<c>SELECT *</c>) and attaches their epochs.</summary>
    public static IReadOnlyList<Trial> ReadTrials(SqliteCommand command, Dictionary<int, List<EpochRecord>> epochs)
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            var trials = new List<Trial>();
            while (reader.Read())
            {
                trials.Add(ReadTrial(new StoredRow(reader, "trials"), epochs));
            }

            return trials;
        }
    }

    private static (int TrialNumber, EpochRecord Record) ReadEpoch(StoredRow row)
    {
        var trialNumber = (int)row.Integer("trial_number", 0, int.MaxValue);
        row.Identify($"trial {trialNumber}");
        var epoch = (int)row.Integer("epoch", 0, int.MaxValue);
        row.Identify($"trial {trialNumber}, epoch {epoch}");
        return (trialNumber, new EpochRecord(epoch, row.Parse("metrics", MetricsForm, MetricsJson.Read)));
    }

    private static Trial ReadTrial(StoredRow row, Dictionary<int, List<EpochRecord>> epochs)
    {
        var number = (int)row.Integer("number", 0, int.MaxValue);
        row.Identify($"trial {number}");
        var state = row.Parse("state", s_stateForm, ParseState);
        var originReason = row.ParseOptional("origin_reason", "text or NULL", text => text);
        return new Trial
        {
            Number = number,
            State = state,
            Parameters = row.Parse("params", "a JSON object of parameter values", TrialParameters.FromJson),
            Fingerprint = row.Parse("fingerprint", "64 lowercase hex digits", ParseFingerprint),
            Value = ReadValue(row, state),
            Metrics = row.Parse("metrics", MetricsForm, MetricsJson.Read),
            Epochs = epochs.TryGetValue(number, out var list) ? list : [],
            FailureReason = row.ParseOptional("failure_reason", "text or NULL", text => text),
            FromCache = row.Integer("from_cache", 0, 1) != 0,
            Origin = row.ParseOptional(
                "origin", "one of strategy, startup, fallback, or NULL", kind => TrialOrigin.Parse(kind, originReason)),
            StartedAt = row.Parse("started", TimeForm, StoredText.ParseTime),
            FinishedAt = row.ParseOptional<DateTimeOffset?>(
                "finished", TimeForm + ", or NULL", text => text is null ? null : StoredText.ParseTime(text)),
        };
    }

    // The sweep ranks Complete trials by their value, so one without a finite value is damage,
    // though NULL and NaN are stored forms of a value in general.
    private static double? ReadValue(StoredRow row, TrialState state)
    {
        var value = row.ParseOptional<double?>(
            "value", "a number or NULL", text => text is null ? null : StoredText.ParseDouble(text));
        if (state == TrialState.Complete && !double.IsFinite(value ?? double.NaN))
        {
            throw row.Damage("value", "a finite number, as the trial is Complete");
        }

        return value;
    }

    private static TrialState ParseState(string text) =>
        Enum.GetNames<TrialState>().Contains(text, StringComparer.Ordinal)
            ? Enum.Parse<TrialState>(text)
            : throw new FormatException($"'{text}' is not a trial state.");

    private static string ParseFingerprint(string text) =>
        TrialFingerprint.IsWellFormed(text) ? text : throw new FormatException($"'{text}' is not a fingerprint.");
}
