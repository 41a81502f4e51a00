using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Bittensor.Sdk.Wallets;

/// <summary>
/// Opt-in, in-process cache of derived <c>$NACL</c> keys, so a process pays Argon2i (≈1 s, 512 MiB) once per
/// password rather than once per unlock. The salt is fixed, so the key depends on the password alone. Keys stay
/// in memory until <see cref="Clear"/>; use it for tests and long-running processes that unlock repeatedly.
/// </summary>
public sealed class NaclKeyCache
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _keys = new(StringComparer.Ordinal);

    /// <summary>Number of cached keys.</summary>
    public int Count => _keys.Count;

    /// <summary>The derived key for <paramref name="password"/>; concurrent callers share one derivation. Do not modify or zero it.</summary>
    public byte[] GetOrDerive(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        // Index by a hash so the cache holds no password text.
        string id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
        return _keys.GetOrAdd(id, _ => new Lazy<byte[]>(() => NaclKeyfileCipher.DeriveKey(password), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Zeroes and forgets every cached key.</summary>
    public void Clear()
    {
        foreach (KeyValuePair<string, Lazy<byte[]>> entry in _keys)
        {
            if (entry.Value.IsValueCreated)
            {
                CryptographicOperations.ZeroMemory(entry.Value.Value);
            }
        }

        _keys.Clear();
    }
}
