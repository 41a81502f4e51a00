namespace Bittensor.Sdk.Dendrites;

/// <summary>How a dendrite treats the axon's response signature (<c>bt_header_axon_signature</c>).</summary>
public enum ResponseVerification
{
    /// <summary>
    /// The response must carry this SDK's signature over the response body and the request nonce
    /// (<see cref="Synapses.SynapseSignatures.ResponseMessage"/>) by the target's hotkey. Default.
    /// </summary>
    Required,

    /// <summary>
    /// A present signature must verify (this SDK's form, or upstream's body-less form); an unsigned response is
    /// accepted. Use with Python axons, which do not sign successful responses.
    /// </summary>
    IfPresent,

    /// <summary>Signatures are ignored (upstream's behaviour).</summary>
    None,
}
