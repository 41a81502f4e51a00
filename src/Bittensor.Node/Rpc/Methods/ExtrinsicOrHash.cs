namespace Bittensor.Node.Rpc.Methods;

/// <summary><c>author_removeExtrinsic</c>'s item: <c>{"hash":"0x…"}</c> or <c>{"extrinsic":"0x…"}</c> (sc-rpc-api <c>ExtrinsicOrHash</c>).</summary>
internal sealed record ExtrinsicOrHash(byte[]? Hash, byte[]? Extrinsic);
