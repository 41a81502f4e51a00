namespace Bittensor.Sdk.Axons;

/// <summary>A blacklist hook's answer (upstream <c>tuple[bool, str]</c>).</summary>
/// <param name="Blacklisted">True to refuse the request with 403.</param>
/// <param name="Reason">Shown to the caller: "Forbidden. Key is blacklisted: {reason}.".</param>
public readonly record struct BlacklistDecision(bool Blacklisted, string Reason)
{
    /// <summary>Let the request through.</summary>
    public static BlacklistDecision Allow { get; } = new(false, "Allowed");

    /// <summary>Refuse the request.</summary>
    public static BlacklistDecision Deny(string reason) => new(true, reason);
}
