namespace Bittensor.Sdk.Axons;

/// <summary>Which requests share one strictly increasing nonce sequence.</summary>
public enum NonceScope
{
    /// <summary>One sequence per caller hotkey (stricter; one history entry per caller).</summary>
    Hotkey,

    /// <summary>One sequence per caller hotkey and dendrite uuid, as upstream's <c>"{hotkey}:{uuid}"</c> endpoint key.</summary>
    HotkeyAndUuid,
}
