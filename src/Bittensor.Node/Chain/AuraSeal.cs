using Bittensor.Core.Chain;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Node.Chain;

/// <summary>
/// Aura's block seal (sc-consensus-aura <c>seal</c>/<c>check_header</c>): the last digest item is
/// <c>Seal("aura", signature)</c>, an sr25519 signature (64 bytes, SCALE <c>[u8; 64]</c>) by the slot's author
/// <c>authorities[slot % n]</c> over the blake2_256 hash of the header without that item (the pre-seal hash).
/// </summary>
internal static class AuraSeal
{
    public const int SignatureLength = 64;

    /// <summary>Appends the seal signed by <paramref name="author"/> to a finalized (pre-seal) header.</summary>
    public static Header Seal(Header preSeal, KeyPair author)
    {
        ArgumentNullException.ThrowIfNull(preSeal);
        ArgumentNullException.ThrowIfNull(author);
        byte[] signature = author.Sign(preSeal.Hash().AsSpan());
        return preSeal with { Digest = new Digest([.. preSeal.Digest.Logs, DigestItem.Seal(ConsensusEngineId.Aura, signature)]) };
    }

    /// <summary>
    /// Checks the seal of <paramref name="sealedHeader"/> against the authority set and returns the pre-seal header, or null
    /// with the <paramref name="reason"/> it is refused.
    /// </summary>
    public static Header? Verify(Header sealedHeader, IReadOnlyList<AccountId32> authorities, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(sealedHeader);
        ArgumentNullException.ThrowIfNull(authorities);
        IReadOnlyList<DigestItem> logs = sealedHeader.Digest.Logs;
        if (logs.Count == 0 || logs[^1] is not { Kind: DigestItemKind.Seal } seal || seal.Engine != ConsensusEngineId.Aura)
        {
            reason = "Header is unsealed (the last digest item is not an Aura seal)";
            return null;
        }

        if (seal.Payload.Length != SignatureLength)
        {
            reason = $"Aura seal has {seal.Payload.Length} bytes, expected a {SignatureLength}-byte sr25519 signature";
            return null;
        }

        Header preSeal = sealedHeader with { Digest = new Digest(logs.Take(logs.Count - 1)) };
        if (!AuraPallet.TryGetSlot(preSeal.Digest, out ulong slot))
        {
            reason = "Header has no Aura pre-runtime slot digest";
            return null;
        }

        if (authorities.Count == 0)
        {
            reason = "No Aura authorities in the parent state";
            return null;
        }

        AccountId32 expected = authorities[(int)(slot % (ulong)authorities.Count)];
        if (!KeyPair.Verify(KeyScheme.Sr25519, expected.AsSpan(), preSeal.Hash().AsSpan(), seal.Payload.Span))
        {
            reason = $"Bad Aura seal: not signed by {expected}, the author of slot {slot}";
            return null;
        }

        reason = null;
        return preSeal;
    }
}
