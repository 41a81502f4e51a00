using System.Globalization;
using BenchmarkDotNet.Running;
using Bittensor.Benchmarks;

// `metagraph-cpu [rounds]` measures the metagraph sync from our node by CPU time (see MetagraphNodeBenchmarks).
if (args is ["metagraph-cpu", ..])
{
    await MetagraphNodeBenchmarks.MeasureCpuAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50, Console.Out);
    return;
}

// `epoch-cpu [n] [validators] [seconds]` times the epoch cases by thread CPU time (see EpochCpu).
if (args is ["epoch-cpu", ..])
{
    EpochCpu.Run(args[1..], Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(HashingBenchmarks).Assembly).Run(args);
