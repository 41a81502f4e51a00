using Bittensor.Core.Hashing;

namespace Bittensor.Benchmarks;

/// <summary>The two hashes every storage access and every extrinsic pays for.</summary>
[MemoryDiagnoser]
public class HashingBenchmarks
{
    private readonly byte[] _input32 = new byte[32];
    private readonly byte[] _input1k = new byte[1024];
    private readonly byte[] _output = new byte[32];

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < _input1k.Length; i++)
        {
            _input1k[i] = (byte)i;
        }

        _input1k.AsSpan(0, 32).CopyTo(_input32);
    }

    [Benchmark]
    public void Blake2b256_32B() => Blake2b.Hash(_input32, _output);

    [Benchmark]
    public void Blake2b256_1KiB() => Blake2b.Hash(_input1k, _output);

    [Benchmark]
    public void Twox128_32B() => Twox.Hash128(_input32, _output.AsSpan(0, 16));
}
