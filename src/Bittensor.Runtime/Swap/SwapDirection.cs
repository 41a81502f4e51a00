namespace Bittensor.Runtime.Swap;

/// <summary>The two order types of the subnet pool.</summary>
public enum SwapDirection
{
    /// <summary><c>GetAlphaForTao</c>: TAO in, alpha out (price rises).</summary>
    Buy,

    /// <summary><c>GetTaoForAlpha</c>: alpha in, TAO out (price falls).</summary>
    Sell,
}
