using Microsoft.Data.Sqlite;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Storage;

/// <summary>Reads trial and epoch rows of the SQLite study database back into records.</summary>
internal static class SqliteTrialReader
{
    /// <summary>Reads epoch rows (trial number, epoch, metrics), grouped by trial in epoch order.</summary>
    public static Dictionary<int, List<EpochRecord>> ReadEpochs(SqliteCommand command)
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            var epochs = new Dictionary<int, List<EpochRecord>>();
            while (reader.Read())
            {
                var trialNumber = reader.GetInt32(0);
                var record = new EpochRecord(reader.GetInt32(1), MetricsJson.Read(reader.GetString(2)));
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
                trials.Add(ReadTrial(reader, epochs));
            }

            return trials;
        }
    }

    private static Trial ReadTrial(SqliteDataReader reader, Dictionary<int, List<EpochRecord>> epochs)
    {
        var number = reader.GetInt32(reader.GetOrdinal("number"));
        return new Trial
        {
            Number = number,
            State = Enum.Parse<TrialState>(reader.GetString(reader.GetOrdinal("state"))),
            Parameters = TrialParameters.FromJson(reader.GetString(reader.GetOrdinal("params"))),
            Fingerprint = reader.GetString(reader.GetOrdinal("fingerprint")),
            Value = OptionalText(reader, "value") is { } value ? StoredText.ParseDouble(value) : null,
            Metrics = MetricsJson.Read(reader.GetString(reader.GetOrdinal("metrics"))),
            Epochs = epochs.TryGetValue(number, out var list) ? list : [],
            FailureReason = OptionalText(reader, "failure_reason"),
            FromCache = reader.GetInt64(reader.GetOrdinal("from_cache")) != 0,
            Origin = TrialOrigin.Parse(OptionalText(reader, "origin"), OptionalText(reader, "origin_reason")),
            StartedAt = StoredText.ParseTime(reader.GetString(reader.GetOrdinal("started"))),
            FinishedAt = OptionalText(reader, "finished") is { } finished ? StoredText.ParseTime(finished) : null,
        };
    }

    private static string? OptionalText(SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }
}
