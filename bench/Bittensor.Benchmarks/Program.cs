using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Bittensor.Benchmarks.HashingBenchmarks).Assembly).Run(args);
