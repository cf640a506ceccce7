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
var parsed = root.Parse(args);
var exitCode = await parsed.InvokeAsync();
// A wrong command line is printed as System.CommandLine prints it, but exits with 2, as README says: its 1 means here
// that the output is complete and some inputs were rejected.
return parsed.Errors.Count > 0 ? ExitCodes.Failure : exitCode;
