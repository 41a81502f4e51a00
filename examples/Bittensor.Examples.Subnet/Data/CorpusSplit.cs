using System.Security.Cryptography;
using System.Text;

namespace Bittensor.Examples.Subnet.Data;

/// <summary>
/// The deterministic split of the corpus: a message is held out for validators when the first byte of the SHA-256 of
/// its text is below <see cref="HeldOutThreshold"/> (20 %); miners train on the rest. Hashing the text (not the file
/// name) puts duplicate mails on the same side, so a miner never trains on a copy of a validator's question.
/// </summary>
public static class CorpusSplit
{
    /// <summary>First-hash-byte values below this (51 of 256 ≈ 20 %) are held out.</summary>
    public const int HeldOutThreshold = 51;

    /// <summary>True when the message belongs to the validators' held-out split.</summary>
    public static bool IsHeldOut(SpamMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(message.Text), hash);
        return hash[0] < HeldOutThreshold;
    }

    /// <summary>The miners' training split.</summary>
    public static IReadOnlyList<SpamMessage> Training(IEnumerable<SpamMessage> corpus) => [.. corpus.Where(m => !IsHeldOut(m))];

    /// <summary>The validators' held-out split.</summary>
    public static IReadOnlyList<SpamMessage> HeldOut(IEnumerable<SpamMessage> corpus) => [.. corpus.Where(IsHeldOut)];
}
