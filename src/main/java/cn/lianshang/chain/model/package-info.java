/**
 * The chain module's computations with no Spring in them: the local supporting rate
 * ({@link cn.lianshang.chain.model.SupportingRate}) and the gap ranking
 * ({@link cn.lianshang.chain.model.GapRanking}).
 */
package cn.lianshang.chain.model;
