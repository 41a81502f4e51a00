namespace Bittensor.Runtime.Pallets;

/// <summary>frame_support tokens <c>Fortitude</c>: whether freezes are respected (Polite) or ignored (Force).</summary>
public enum Fortitude
{
    Polite,
    Force,
}
