using System.Runtime.InteropServices;

namespace Bittensor.Core.Interop;

/// <summary>
/// P/Invoke bindings to libsodium (the native library shipped by the <c>libsodium</c> NuGet package).
/// Each concern (hashing, ed25519, ristretto255) lives in its own partial file.
/// </summary>
internal static partial class Sodium
{
    internal const string Library = "libsodium";

    private static readonly int s_initResult = sodium_init();

    /// <summary>Ensures <c>sodium_init</c> ran; it picks the fastest implementations for this CPU.</summary>
    internal static void EnsureInitialized()
    {
        // sodium_init returns 0 on first success, 1 when already initialised, -1 on failure.
        if (s_initResult < 0)
        {
            throw new InvalidOperationException("libsodium failed to initialise.");
        }
    }

    [LibraryImport(Library)]
    private static partial int sodium_init();
}
