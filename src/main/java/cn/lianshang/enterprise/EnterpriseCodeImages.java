package cn.lianshang.enterprise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR images of a code's URL: error correction M, a quiet zone of four modules. Pure code.
 */
final class EnterpriseCodeImages {

	static final int QUIET_ZONE = 4;

	static final int MIN_SIZE = 128;

	static final int MAX_SIZE = 2048;

	static final int DEFAULT_SIZE = 320;

	private EnterpriseCodeImages() {
	}

	/** The QR matrix, one bit per module, quiet zone included. */
	static BitMatrix matrix(String content, int size) {
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot encode " + content.length() + " characters as a QR code", e);
		}
	}

	/**
	 * A PNG of {@code size} × {@code size} pixels (the code scaled by a whole factor,
	 * centred).
	 */
	static byte[] png(String content, int size) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix(content, size), "PNG", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * An SVG with one unit per module: a white background and one {@code <path>} of the
	 * dark modules, each horizontal run of them one rectangle. Scales to any size without
	 * blur.
	 */
	static String svg(String content) {
		BitMatrix m = matrix(content, 0);
		int n = m.getWidth();
		StringBuilder d = new StringBuilder();
		for (int y = 0; y < m.getHeight(); y++) {
			int x = 0;
			while (x < n) {
				if (!m.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < n && m.get(x, y)) {
					x++;
				}
				d.append('M')
					.append(start)
					.append(' ')
					.append(y)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + m.getHeight() + "\" width=\""
				+ n * 8 + "\" height=\"" + m.getHeight() * 8 + "\" shape-rendering=\"crispEdges\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + d + "\"/></svg>\n";
	}

}
