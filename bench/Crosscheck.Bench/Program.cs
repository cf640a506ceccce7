using BenchmarkDotNet.Running;
using Crosscheck.Bench;

if (args.Length > 0 && args[0] == "generate")
{
    // generate SAMPLES_DIR OUT_DIR COUNT
    if (args.Length != 4 || !int.TryParse(args[3], out var count) || count < 1)
    {
        Console.Error.WriteLine("usage: Crosscheck.Bench generate SAMPLES_DIR OUT_DIR COUNT");
        return 2;
    }
    var written = BenchCorpusGenerator.Generate(args[1], args[2], count);
    Console.Error.WriteLine($"wrote {written} articles to {args[2]}");
    return 0;
}
if (args.Length > 0 && args[0] == "memory")
{
    // memory [COUNT]: retained bytes per article of the stream's state after COUNT generated articles
    var count = args.Length > 1 && int.TryParse(args[1], out var n) && n > 0 ? n : 100_000;
    StreamMemory.Report(count, Console.Out);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(BenchCorpusGenerator).Assembly).Run(args);
return 0;
