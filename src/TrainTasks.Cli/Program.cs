using TrainTasks.Cli.Commands;

return ToolCommandLine.Invoke(args);
