using System.Runtime.InteropServices;

namespace Bittensor.Core.Interop;

internal static partial class Sodium
{
    /// <summary>BLAKE2b with any output length 1..64 and an optional key of up to 64 bytes.</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_generichash_blake2b(
        ref byte output, nuint outputLength,
        ref byte input, ulong inputLength,
        ref byte key, nuint keyLength);
}
