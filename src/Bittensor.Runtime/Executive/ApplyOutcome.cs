namespace Bittensor.Runtime.Executive;

/// <summary>How applying an extrinsic ended.</summary>
public enum ApplyOutcome
{
    /// <summary>Included, and its call succeeded.</summary>
    Success,

    /// <summary>Included (fee and nonce taken), but its call failed and its own changes were rolled back.</summary>
    DispatchFailed,

    /// <summary>Not included: a transaction validity error (bad signature, stale nonce, cannot pay, …).</summary>
    Invalid,

    /// <summary>Not included: the bytes are not a decodable extrinsic for this runtime (version, unknown call, trailing bytes).</summary>
    Undecodable,
}
