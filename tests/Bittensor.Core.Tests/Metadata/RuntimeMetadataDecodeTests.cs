using Bittensor.Core.Metadata;

namespace Bittensor.Core.Tests.Metadata;

public class RuntimeMetadataDecodeTests
{
    [Fact]
    public void Decode_FinneyV14_RoundTripsByteIdentical()
    {
        RuntimeMetadata metadata = RuntimeMetadata.Decode(FinneyMetadata.V14Bytes, out MetadataWrapping wrapping);
        Assert.Equal(MetadataWrapping.None, wrapping);
        Assert.Equal(14, metadata.Version);
        Assert.Equal(FinneyMetadata.V14Bytes, metadata.Encode());
    }

    [Fact]
    public void Decode_FinneyV15_RoundTripsByteIdentical()
    {
        RuntimeMetadata metadata = RuntimeMetadata.Decode(FinneyMetadata.V15Bytes, out MetadataWrapping wrapping);
        Assert.Equal(MetadataWrapping.OptionVec, wrapping);
        Assert.Equal(15, metadata.Version);
        Assert.Equal(FinneyMetadata.V15Bytes, metadata.Encode(MetadataWrapping.OptionVec));
    }
}
