using Bittensor.Core.Hashing;

namespace Bittensor.Core.Primitives;

/// <summary>
/// SS58 addresses (sp_core::crypto::Ss58Codec): base58(prefix ‖ key ‖ blake2b-512("SS58PRE" ‖ prefix ‖ key)[0..2]).
/// A prefix below 64 takes one byte; 64..16383 take two.
/// </summary>
public static class Ss58
{
    /// <summary>The generic Substrate prefix Bittensor uses: addresses start with '5'.</summary>
    public const ushort BittensorPrefix = 42;

    public const ushort MaxPrefix = 16383;

    private static ReadOnlySpan<byte> Preamble => "SS58PRE"u8;

    /// <summary>Encodes a 32-byte public key (or account id) under a network prefix.</summary>
    public static string Encode(ReadOnlySpan<byte> publicKey, ushort prefix = BittensorPrefix)
    {
        if (publicKey.Length != 32)
        {
            throw new ArgumentException($"an SS58 account is 32 bytes, got {publicKey.Length}", nameof(publicKey));
        }

        if (prefix > MaxPrefix)
        {
            throw new ArgumentOutOfRangeException(nameof(prefix), prefix, $"SS58 prefixes run from 0 to {MaxPrefix}");
        }

        Span<byte> payload = stackalloc byte[2 + 32 + 2];
        int prefixLength = WritePrefix(prefix, payload);
        publicKey.CopyTo(payload[prefixLength..]);
        Span<byte> checksum = stackalloc byte[64];
        Checksum(payload[..(prefixLength + 32)], checksum);
        checksum[..2].CopyTo(payload[(prefixLength + 32)..]);
        return Base58.Encode(payload[..(prefixLength + 34)]);
    }

    /// <summary>Decodes an address; returns false with a specific reason on any malformed input.</summary>
    public static bool TryDecode(string address, out byte[] publicKey, out ushort prefix, out string? error)
    {
        publicKey = [];
        prefix = 0;
        if (string.IsNullOrEmpty(address))
        {
            error = "empty SS58 address";
            return false;
        }

        if (!Base58.TryDecode(address, out byte[] raw, out error))
        {
            error = $"not an SS58 address: {error}";
            return false;
        }

        if (raw.Length == 0)
        {
            error = "not an SS58 address: no data";
            return false;
        }

        int prefixLength;
        if (raw[0] < 64)
        {
            prefix = raw[0];
            prefixLength = 1;
        }
        else if (raw[0] < 128)
        {
            if (raw.Length < 2)
            {
                error = "SS58 address too short for a two-byte prefix";
                return false;
            }

            // Inverse of WritePrefix: the low 6 bits of byte 0 are bits 2..7, byte 1 holds bits 0..1 (top) and 8..13 (low).
            int lower = ((raw[0] << 2) | (raw[1] >> 6)) & 0xFF;
            int upper = raw[1] & 0x3F;
            prefix = (ushort)(lower | (upper << 8));
            prefixLength = 2;
        }
        else
        {
            error = $"SS58 prefix byte 0x{raw[0]:x2} is reserved";
            return false;
        }

        int keyLength = raw.Length - prefixLength - 2;
        if (keyLength != 32)
        {
            error = $"SS58 address holds {Math.Max(keyLength, 0)} key bytes, expected 32";
            return false;
        }

        Span<byte> checksum = stackalloc byte[64];
        Checksum(raw.AsSpan(0, prefixLength + 32), checksum);
        if (checksum[0] != raw[^2] || checksum[1] != raw[^1])
        {
            error = "SS58 checksum mismatch (mistyped address?)";
            return false;
        }

        publicKey = raw.AsSpan(prefixLength, 32).ToArray();
        error = null;
        return true;
    }

    /// <summary>Decodes an address, throwing <see cref="FormatException"/> with the reason when it is malformed.</summary>
    public static byte[] Decode(string address, out ushort prefix) =>
        TryDecode(address, out byte[] key, out prefix, out string? error) ? key : throw new FormatException(error);

    public static byte[] Decode(string address) => Decode(address, out _);

    private static int WritePrefix(ushort prefix, Span<byte> destination)
    {
        if (prefix < 64)
        {
            destination[0] = (byte)prefix;
            return 1;
        }

        destination[0] = (byte)(((prefix & 0xFC) >> 2) | 0x40);
        destination[1] = (byte)((prefix >> 8) | ((prefix & 0x03) << 6));
        return 2;
    }

    private static void Checksum(ReadOnlySpan<byte> body, Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[7 + 2 + 32];
        Preamble.CopyTo(input);
        body.CopyTo(input[7..]);
        Blake2b.Hash(input[..(7 + body.Length)], destination);
    }
}
