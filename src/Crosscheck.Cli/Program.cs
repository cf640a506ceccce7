using System.CommandLine;
using Crosscheck.Cli;

var root = new RootCommand("Crosscheck: consolidates many outlets' retellings of the same news into stories you can check.")
{
    AnalyzeCommand.Create(),
    ExtractCommand.Create(),
    ClusterCommand.Create(),
    EvalCommand.Create(),
    IngestCommand.Create(),
    StoriesCommand.Create(),
    ShowCommand.Create(),
    ExportCommand.Create(),
    ServeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
