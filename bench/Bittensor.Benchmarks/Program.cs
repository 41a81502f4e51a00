using System.Globalization;
using BenchmarkDotNet.Running;
using Bittensor.Benchmarks;

// `metagraph-cpu [rounds]` measures the metagraph sync from our node by CPU time (see MetagraphNodeBenchmarks).
if (args is ["metagraph-cpu", ..])
{
    int rounds = 50;
    if (args.Length > 2 || (args.Length == 2 && !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds)) || rounds < 1)
    {
        Console.Error.WriteLine("usage: metagraph-cpu [rounds]  (rounds: a positive whole number)");
        return 1;
    }

    await MetagraphNodeBenchmarks.MeasureCpuAsync(rounds, Console.Out);
    return 0;
}

// `epoch-cpu [n] [validators] [seconds] [case]` times the epoch cases by thread CPU time (see EpochCpu).
if (args is ["epoch-cpu", ..])
{
    if (!EpochCpu.TryRun(args[1..], Console.Out, out string? usage))
    {
        Console.Error.WriteLine(usage);
        return 1;
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(HashingBenchmarks).Assembly).Run(args);
return 0;
