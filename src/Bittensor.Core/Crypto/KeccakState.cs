using System.Runtime.CompilerServices;

namespace Bittensor.Core.Crypto;

/// <summary>Inline 200-byte Keccak state (25 lanes) so STROBE and Merlin values live on the stack.</summary>
[InlineArray(Keccak1600.Lanes)]
internal struct KeccakState
{
    private ulong _lane0;
}
