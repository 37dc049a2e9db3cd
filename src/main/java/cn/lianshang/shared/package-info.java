/**
 * Shared kernel: the pieces every module uses and that carry no business rule —
 * problem+json errors with localized messages ({@link cn.lianshang.shared.web}), paging
 * responses, the Chinese text analysis of the search index, the CJK font files that PDFs
 * embed ({@link cn.lianshang.shared.pdf.CjkFontFiles}). An open module: every other
 * module may depend on it, it depends on none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.lianshang.shared;
