using TrainTasks.Core.Diagnostics;
using TrainTasks.Torch.Data;

namespace TrainTasks.Torch.Tests.Data;

public sealed class IdxReaderTests
{
    [Fact]
    public void ReadImages_GzipSample_Returns200ImagesOf28By28()
    {
        var raw = TestData.Gunzip(TestData.FashionImages);

        var images = IdxReader.ReadImages(TestData.FashionImages);

        Assert.Equal([200, 28, 28], images.Dimensions);
        Assert.Equal(raw[16..], images.Values);
    }

    [Fact]
    public void ReadLabels_PlainCopy_ReadsSameLabelsAsGzip()
    {
        var plain = TestData.WriteTemporary("labels-idx1-ubyte", TestData.Gunzip(TestData.FashionLabels));

        var fromPlain = IdxReader.ReadLabels(plain);
        var fromGzip = IdxReader.ReadLabels(TestData.FashionLabels);

        Assert.Equal([200], fromPlain.Dimensions);
        Assert.Equal(fromGzip.Values, fromPlain.Values);
        Assert.Equal(9, fromPlain.Values[0]);
    }

    [Fact]
    public void ReadImages_BadMagic_ThrowsTT4011()
    {
        var bytes = TestData.Gunzip(TestData.FashionImages);
        bytes[0] = 0x50;
        var path = TestData.WriteTemporary("bad-magic", bytes);

        var error = Assert.Throws<TrainTasksException>(() => IdxReader.ReadImages(path));

        Assert.Equal("TT4011", error.Diagnostic.Code);
        Assert.Equal(path, error.Diagnostic.Location?.File);
        Assert.Contains("50000803", error.Diagnostic.Message);
    }

    [Fact]
    public void ReadImages_NotUnsignedBytes_ThrowsTT4012()
    {
        var bytes = TestData.Gunzip(TestData.FashionImages);
        bytes[2] = 0x0D;
        var path = TestData.WriteTemporary("floats", bytes);

        var error = Assert.Throws<TrainTasksException>(() => IdxReader.ReadImages(path));

        Assert.Equal("TT4012", error.Diagnostic.Code);
        Assert.Contains("0x0D", error.Diagnostic.Message);
    }

    [Fact]
    public void ReadImages_LabelsFile_ThrowsTT4013()
    {
        var error = Assert.Throws<TrainTasksException>(() => IdxReader.ReadImages(TestData.FashionLabels));

        Assert.Equal("TT4013", error.Diagnostic.Code);
        Assert.Contains("needs 3 dimension(s), found 1", error.Diagnostic.Message);
    }

    [Fact]
    public void ReadImages_Truncated_ThrowsTT4014WithBothLengths()
    {
        var bytes = TestData.Gunzip(TestData.FashionImages)[..(16 + 1234)];
        var path = TestData.WriteTemporary("truncated", bytes);

        var error = Assert.Throws<TrainTasksException>(() => IdxReader.ReadImages(path));

        Assert.Equal("TT4014", error.Diagnostic.Code);
        Assert.Contains("expected 156,800 bytes of image data, found 1,234", error.Diagnostic.Message);
    }

    [Fact]
    public void ReadLabels_TrailingBytes_ThrowsTT4014()
    {
        var bytes = TestData.Gunzip(TestData.FashionLabels).Concat(new byte[] { 1, 2, 3 }).ToArray();
        var path = TestData.WriteTemporary("long", bytes);

        var error = Assert.Throws<TrainTasksException>(() => IdxReader.ReadLabels(path));

        Assert.Equal("TT4014", error.Diagnostic.Code);
        Assert.Contains("expected 200 bytes of label data, found 203", error.Diagnostic.Message);
    }

    [Fact]
    public void ReadLabels_MissingFile_ThrowsTT4010()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}");

        var error = Assert.Throws<TrainTasksException>(() => IdxReader.ReadLabels(path));

        Assert.Equal("TT4010", error.Diagnostic.Code);
        Assert.Equal(path, error.Diagnostic.Location?.File);
    }
}
