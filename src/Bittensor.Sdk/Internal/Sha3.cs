using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Bittensor.Core.Crypto;

namespace Bittensor.Sdk.Internal;

/// <summary>SHA3-256 (FIPS 202): the platform's implementation when it has one, else a sponge over Core's Keccak-f[1600].</summary>
internal static class Sha3
{
    private const int Rate = 136;

    /// <summary>Lower-case hex SHA3-256 of the UTF-8 bytes of <paramref name="text"/> (Python <c>hashlib.sha3_256(s.encode()).hexdigest()</c>).</summary>
    public static string HexOfUtf8(string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 256 ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> buffer = rented ?? stackalloc byte[256];
        try
        {
            int length = Encoding.UTF8.GetBytes(text, buffer);
            return Hex(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Lower-case hex SHA3-256 of <paramref name="data"/>.</summary>
    public static string Hex(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[32];
        Hash(data, digest);
        return Convert.ToHexStringLower(digest);
    }

    public static void Hash(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        if (SHA3_256.IsSupported)
        {
            SHA3_256.HashData(data, digest);
            return;
        }

        Span<byte> bytes = stackalloc byte[Keccak1600.StateBytes];
        bytes.Clear();
        while (data.Length >= Rate)
        {
            Absorb(bytes, data[..Rate]);
            Keccak1600.Permute(bytes);
            data = data[Rate..];
        }

        Absorb(bytes, data);
        bytes[data.Length] ^= 0x06;
        bytes[Rate - 1] ^= 0x80;
        Keccak1600.Permute(bytes);
        bytes[..32].CopyTo(digest);
    }

    private static void Absorb(Span<byte> state, ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < block.Length; i++)
        {
            state[i] ^= block[i];
        }
    }
}
