using TrainTasks.Benchmarks;
using TrainTasks.Core.Diagnostics;

try
{
    return BenchmarkCommand.Run(args, Console.Out);
}
catch (TrainTasksException exception)
{
    Console.Error.WriteLine(exception.Diagnostic.ToCanonicalString());
    return (int)ExitCode.Environment;
}
