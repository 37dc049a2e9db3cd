package cn.lianshang.matching.model;

/**
 * One line of a match's explanation.
 *
 * @param criterion the criterion's code ({@code process}, {@code tolerance},
 * {@code distance} ...)
 * @param outcome pass, near or fail
 * @param detail a Chinese sentence a buyer or supplier can act on ("公差 IT7 满足要求（可达 IT6）")
 */
public record Explanation(String criterion, Outcome outcome, String detail) {

}
