using System.Runtime.InteropServices;

namespace Bittensor.Core.Interop;

// Password hashing: Argon2 through crypto_pwhash (alg selects Argon2i v1.3 or Argon2id v1.3) and raw scrypt.
internal static partial class Sodium
{
    /// <summary>crypto_pwhash_ALG_ARGON2I13.</summary>
    internal const int PwHashAlgArgon2I13 = 1;

    /// <summary>crypto_pwhash_ALG_ARGON2ID13.</summary>
    internal const int PwHashAlgArgon2Id13 = 2;

    /// <summary>0 on success; -1 when the limits are out of range or memory could not be allocated.</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_pwhash(
        ref byte output, ulong outputLength,
        ref byte password, ulong passwordLength,
        ref byte salt,
        ulong opsLimit, nuint memLimit, int alg);

    /// <summary>scrypt with explicit N, r, p (libsodium's low-level entry point). 0 on success.</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_pwhash_scryptsalsa208sha256_ll(
        ref byte password, nuint passwordLength,
        ref byte salt, nuint saltLength,
        ulong n, uint r, uint p,
        ref byte output, nuint outputLength);
}
