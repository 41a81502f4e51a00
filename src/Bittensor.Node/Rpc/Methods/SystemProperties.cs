namespace Bittensor.Node.Rpc.Methods;

/// <summary><c>system_properties</c> of the subtensor chain specs: <c>{"ss58Format":42,"tokenDecimals":9,"tokenSymbol":"TAO"}</c>.</summary>
internal sealed record SystemProperties(int Ss58Format, int TokenDecimals, string TokenSymbol);
