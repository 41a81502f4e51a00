namespace Bittensor.Node.Rpc.Methods;

/// <summary>The <c>block</c> of <c>chain_getBlock</c>: the header and each extrinsic's full encoding (length prefix included) as hex.</summary>
internal sealed record BlockJson(HeaderJson Header, IReadOnlyList<string> Extrinsics);
