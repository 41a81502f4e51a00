namespace Bittensor.Core.Hashing;

/// <summary>
/// Builds FRAME storage keys: <c>twox128(pallet) ++ twox128(item) ++ hasher(key1) ++ hasher(key2) …</c>,
/// where each map key is hashed from its SCALE encoding.
/// </summary>
public static class StorageKey
{
    /// <summary>Output length of a hasher for an input of <paramref name="inputLength"/> bytes.</summary>
    public static int HashedLength(StorageHasher hasher, int inputLength) => hasher switch
    {
        StorageHasher.Blake2_128 => 16,
        StorageHasher.Blake2_256 => 32,
        StorageHasher.Blake2_128Concat => 16 + inputLength,
        StorageHasher.Twox128 => 16,
        StorageHasher.Twox256 => 32,
        StorageHasher.Twox64Concat => 8 + inputLength,
        StorageHasher.Identity => inputLength,
        _ => throw new ArgumentOutOfRangeException(nameof(hasher), hasher, "unknown storage hasher"),
    };

    /// <summary>Writes <c>hasher(encodedKey)</c> into <paramref name="destination"/> and returns the bytes written.</summary>
    public static int Hash(StorageHasher hasher, ReadOnlySpan<byte> encodedKey, Span<byte> destination)
    {
        int length = HashedLength(hasher, encodedKey.Length);
        if (destination.Length < length)
        {
            throw new ArgumentException($"destination needs {length} bytes, has {destination.Length}", nameof(destination));
        }

        switch (hasher)
        {
            case StorageHasher.Blake2_128:
                Blake2b128Cache.Hash(encodedKey, destination[..16]);
                break;
            case StorageHasher.Blake2_256:
                Blake2b.Hash(encodedKey, destination[..32]);
                break;
            case StorageHasher.Blake2_128Concat:
                Blake2b128Cache.Hash(encodedKey, destination[..16]);
                encodedKey.CopyTo(destination[16..]);
                break;
            case StorageHasher.Twox128:
                Twox.Hash128(encodedKey, destination[..16]);
                break;
            case StorageHasher.Twox256:
                Twox.Hash256(encodedKey, destination[..32]);
                break;
            case StorageHasher.Twox64Concat:
                Twox.Hash64(encodedKey, destination[..8]);
                encodedKey.CopyTo(destination[8..]);
                break;
            case StorageHasher.Identity:
                encodedKey.CopyTo(destination);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(hasher), hasher, "unknown storage hasher");
        }

        return length;
    }

    /// <summary>A new array holding <c>hasher(encodedKey)</c>.</summary>
    public static byte[] Hash(StorageHasher hasher, ReadOnlySpan<byte> encodedKey)
    {
        byte[] result = new byte[HashedLength(hasher, encodedKey.Length)];
        Hash(hasher, encodedKey, result);
        return result;
    }

    /// <summary>The 32-byte prefix <c>twox128(pallet) ++ twox128(item)</c> of a storage value or map.</summary>
    public static byte[] Prefix(string pallet, string item)
    {
        ArgumentNullException.ThrowIfNull(pallet);
        ArgumentNullException.ThrowIfNull(item);
        byte[] key = new byte[32];
        Twox.Hash128(System.Text.Encoding.UTF8.GetBytes(pallet), key.AsSpan(0, 16));
        Twox.Hash128(System.Text.Encoding.UTF8.GetBytes(item), key.AsSpan(16, 16));
        return key;
    }

    /// <summary>
    /// The full key of a map entry: the prefix followed by each (hasher, SCALE-encoded key) pair in order.
    /// A storage value is the same call with no keys.
    /// </summary>
    public static byte[] For(string pallet, string item, params ReadOnlySpan<(StorageHasher Hasher, byte[] EncodedKey)> keys)
    {
        int length = 32;
        foreach ((StorageHasher h, byte[] k) in keys)
        {
            length += HashedLength(h, k.Length);
        }

        byte[] result = new byte[length];
        Prefix(pallet, item).CopyTo(result, 0);
        int offset = 32;
        foreach ((StorageHasher h, byte[] k) in keys)
        {
            offset += Hash(h, k, result.AsSpan(offset));
        }

        return result;
    }
}
