/**
 * The 七市一区 of the Shenyang metropolitan area and the jurisdiction tree below them: the
 * seven cities, their 54 county-level divisions and 646 townships (NBS 2023 statistical
 * codes), and the 沈抚改革创新示范区 as its own unit {@code SFZ}. Public API:
 * {@link cn.lianshang.region.Regions} and the {@link cn.lianshang.region.Region} value;
 * distances come from approximate centroids ({@code data/README.md}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region 七市一区", allowedDependencies = "shared")
package cn.lianshang.region;
