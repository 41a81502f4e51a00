using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework.Types;

/// <summary>A value that encodes itself (a decoded <c>RuntimeCall</c> or event), so the dynamic codec can embed it.</summary>
public interface IScaleEncodable
{
    void EncodeTo(ref ScaleWriter writer);
}
