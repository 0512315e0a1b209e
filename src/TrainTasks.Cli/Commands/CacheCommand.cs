using System.CommandLine;
using System.Globalization;
using TrainTasks.Cli.Console;
using TrainTasks.Cli.Sweeping;
using TrainTasks.Core.Caching;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Cli.Commands;

/// <summary><c>dotnet train cache list|verify|gc</c>: look after the artifact cache.</summary>
internal static class CacheCommand
{
    public static Command Create(TextWriter? output, TextWriter? error)
    {
        var command = new Command("cache", "List, verify or clean the artifact cache.");
        command.Subcommands.Add(Subcommand("list", "List the entries: fingerprint, size, created, last used.", List));
        command.Subcommands.Add(Subcommand(
            "verify",
            "Check every entry's files against its manifest; exits 3 when an entry is damaged.",
            Verify));
        var unusedDays = new Option<int?>("--unused-days")
        {
            Description = "Also remove entries not used for this many days.",
        };
        var gc = Subcommand(
            "gc",
            "Remove stale staging folders and corrupt entries (and, with --unused-days, old entries).",
            (cache, console, parseResult) => Collect(cache, console, parseResult.GetValue(unusedDays)));
        gc.Options.Add(unusedDays);
        command.Subcommands.Add(gc);
        return command;

        Command Subcommand(string name, string description, Func<ArtifactCache, ToolConsole, ParseResult, ExitCode> act)
        {
            var cacheDirectory = CommonOptions.CacheDirectory();
            var verbosity = CommonOptions.Verbosity();
            var subcommand = new Command(name, description) { cacheDirectory, verbosity };
            subcommand.SetAction(parseResult =>
            {
                var console = new ToolConsole(parseResult.GetValue(verbosity), output, error);
                var root = parseResult.GetValue(cacheDirectory)?.FullName ?? SweepLocations.DefaultCacheDirectory();
                var cache = new ArtifactCache(root, console.Report);
                return (int)CommandGuard.Run(console, _ => act(cache, console, parseResult));
            });
            return subcommand;
        }
    }

    private static ExitCode List(ArtifactCache cache, ToolConsole console, ParseResult parseResult)
    {
        var entries = cache.List();
        foreach (var entry in entries)
        {
            console.Result(string.Join(
                '\t',
                entry.Fingerprint,
                entry.SizeBytes.ToString(CultureInfo.InvariantCulture),
                entry.CreatedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-",
                entry.LastUsedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"));
        }

        console.WriteLine(Verbosity.Normal, $"{entries.Count} entries in {cache.Root}");
        return ExitCode.Success;
    }

    private static ExitCode Verify(ArtifactCache cache, ToolConsole console, ParseResult parseResult)
    {
        var verification = cache.Verify();
        console.ReportAll(verification.Problems);
        console.Result($"{verification.Valid} of {verification.Checked} entries are intact in {cache.Root}");
        return verification.Problems.Count == 0 ? ExitCode.Success : ExitCode.Environment;
    }

    private static ExitCode Collect(ArtifactCache cache, ToolConsole console, int? unusedDays)
    {
        if (unusedDays is < 0)
        {
            var value = unusedDays.Value.ToString(CultureInfo.InvariantCulture);
            console.Report(Messages.Cli_OptionOutOfRange("--unused-days", value, "use 0 or more"));
            return ExitCode.BadInput;
        }

        var options = new CacheCollectionOptions
        {
            MaxUnusedAge = unusedDays is { } days ? TimeSpan.FromDays(days) : null,
        };
        var result = cache.GarbageCollect(options);
        console.Result(
            $"removed {result.Entries} entries, {result.CorruptEntries} corrupt entries and "
            + $"{result.StagingFolders} staging folders; freed {result.FreedBytes} bytes");
        return ExitCode.Success;
    }
}
