namespace Bittensor.Runtime.Pallets;

/// <summary>frame_support tokens <c>Preservation</c>: whether a reduction may kill the account.</summary>
public enum Preservation
{
    /// <summary>The account may be reaped.</summary>
    Expendable,

    /// <summary>The account must stay alive if our provider reference is needed for that.</summary>
    Protect,

    /// <summary>The account must keep at least the existential deposit.</summary>
    Preserve,
}
