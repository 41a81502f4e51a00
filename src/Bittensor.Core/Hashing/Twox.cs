using System.Buffers.Binary;
using System.IO.Hashing;

namespace Bittensor.Core.Hashing;

/// <summary>
/// Substrate's "twox" hashes: concatenations of XXH64 with seeds 0, 1, 2, 3, each written little-endian
/// (sp_core::hashing::twox_64/128/256).
/// </summary>
public static class Twox
{
    public static void Hash64(ReadOnlySpan<byte> data, Span<byte> destination) => HashInto(data, destination, 1);

    public static void Hash128(ReadOnlySpan<byte> data, Span<byte> destination) => HashInto(data, destination, 2);

    public static void Hash256(ReadOnlySpan<byte> data, Span<byte> destination) => HashInto(data, destination, 4);

    public static byte[] Hash64(ReadOnlySpan<byte> data)
    {
        byte[] r = new byte[8];
        Hash64(data, r);
        return r;
    }

    public static byte[] Hash128(ReadOnlySpan<byte> data)
    {
        byte[] r = new byte[16];
        Hash128(data, r);
        return r;
    }

    public static byte[] Hash256(ReadOnlySpan<byte> data)
    {
        byte[] r = new byte[32];
        Hash256(data, r);
        return r;
    }

    private static void HashInto(ReadOnlySpan<byte> data, Span<byte> destination, int lanes)
    {
        if (destination.Length != lanes * 8)
        {
            throw new ArgumentException($"twox_{lanes * 64} writes {lanes * 8} bytes, destination has {destination.Length}.", nameof(destination));
        }

        for (int seed = 0; seed < lanes; seed++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(destination.Slice(seed * 8, 8), XxHash64.HashToUInt64(data, seed));
        }
    }
}
